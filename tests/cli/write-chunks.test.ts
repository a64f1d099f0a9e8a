import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeChunks } from '../../src/cli/write-chunks.ts';

function* pieces(count: number, size: number): Generator<string> {
  for (let i = 0; i < count; i += 1) yield `${String(i).padStart(8, '0')}${'x'.repeat(size)}\n`;
}

/** A reader that takes each write after a pause, holding at most `highWaterMark` bytes queued. */
function slowReader(highWaterMark: number) {
  const got: string[] = [];
  let peakQueued = 0;
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      got.push(chunk.toString());
      setTimeout(done, 1);
    },
  });
  const write = out.write.bind(out);
  out.write = ((chunk: string) => {
    const accepted = write(chunk);
    peakQueued = Math.max(peakQueued, out.writableLength);
    return accepted;
  }) as typeof out.write;
  return { out, got, peak: () => peakQueued };
}

describe('writeChunks', () => {
  it('should write every piece in order and wait for drain instead of queueing the whole text', async () => {
    const reader = slowReader(16 * 1024);
    const ok = await writeChunks(pieces(20_000, 40), reader.out);
    expect(ok).toBe(true);
    const text = reader.got.join('');
    expect(text).toBe([...pieces(20_000, 40)].join(''));
    // ~1 MB written, never more than one batch (64 K characters) over the stream's mark queued.
    expect(reader.peak()).toBeLessThan(16 * 1024 + 70 * 1024);
  });

  it('should stop quietly and return false when the reader closes the pipe (EPIPE)', async () => {
    let writes = 0;
    const out = new Writable({
      write(_chunk, _enc, done) {
        writes += 1;
        const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        done(writes > 2 ? epipe : null);
      },
    });
    const ok = await writeChunks(pieces(100_000, 40), out);
    expect(ok).toBe(false);
    expect(writes).toBeLessThan(10);
  });

  it('should return false at once for a stream already destroyed', async () => {
    const out = new Writable({ write: (_c, _e, done) => done() });
    out.destroy();
    expect(await writeChunks(pieces(10, 4), out)).toBe(false);
  });
});
