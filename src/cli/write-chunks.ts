import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Pieces are gathered up to this many characters per write: one write per comment is a syscall each. */
const FLUSH_CHARS = 64 * 1024;

/** Waits until `out` can take more, or has failed or closed (the reader went away). */
async function drained(out: Writable): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: stop.signal }),
      once(out, 'close', { signal: stop.signal }),
      // `once` rejects on 'error'; the caller's own error listener records it.
      once(out, 'error', { signal: stop.signal }).catch(() => undefined),
    ]);
  } catch {
    // The stream ended while waiting: the caller sees `failed` and stops.
  } finally {
    stop.abort();
  }
}

/**
 * Writes `chunks` to `out` in batches, waiting for 'drain' whenever the stream's buffer is full, so
 * memory stays flat however slowly the reader reads. Returns false if the reader closed the pipe
 * (EPIPE, as under `| head`) or the stream failed: the caller stops quietly instead of crashing.
 */
export async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<boolean> {
  let failed = out.destroyed;
  const onError = (): void => {
    failed = true;
  };
  out.on('error', onError);
  try {
    let batch: string[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      const text = batch.join('');
      batch = [];
      size = 0;
      if (failed || out.destroyed) {
        failed = true;
        return;
      }
      if (out.write(text)) {
        // Pipes and files are written synchronously on Linux and report EPIPE in a later tick:
        // yield one, or a closed reader would only be noticed after the whole dump was printed.
        await new Promise((resolve) => setImmediate(resolve));
      } else {
        await drained(out);
      }
      if (out.destroyed) failed = true;
    };
    for (const chunk of chunks) {
      batch.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_CHARS) await flush();
      if (failed) return false;
    }
    if (size > 0) await flush();
    return !failed;
  } finally {
    // Keep a listener: an EPIPE for the last batch may still arrive after this returns.
    out.off('error', onError);
    if (out.listenerCount('error') === 0) out.on('error', () => undefined);
  }
}
