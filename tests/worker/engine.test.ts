import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/worker/engine.ts';
import { COMMENT_SLICE, type WorkerResponse } from '../../src/worker/protocol.ts';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import type { ThreadComment } from '../../src/core/types.ts';

const loadSeed = () => Promise.reject(new Error('no seeds here'));

async function open(text: string, id = 1): Promise<WorkerResponse[]> {
  const engine = createEngine({ loadSeed });
  const posted: WorkerResponse[] = [];
  await engine.handle({ type: 'open', id, source: { kind: 'text', name: 'a.txt', text } }, (r) =>
    posted.push(r),
  );
  return posted;
}

function sentComments(posted: readonly WorkerResponse[]): ThreadComment[] {
  return posted.flatMap((r) =>
    r.type === 'comments' ? (JSON.parse(r.json) as ThreadComment[]) : [],
  );
}

// Real parsing: slow on a shared machine, so a generous limit.
describe('createEngine', { timeout: 30_000 }, () => {
  it('should send a parse’s comments in slices while it parses, each once, then the dump', async () => {
    const { text } = generateDump({
      comments: 2 * COMMENT_SLICE + 10,
      layout: 'indented',
      seed: 4,
    });
    const posted = await open(text);
    const parsed = posted.findIndex((r) => r.type === 'progress' && r.stage === 'index');
    const firstSlice = posted.findIndex((r) => r.type === 'comments');
    // The page decodes them while the stances are still being read, not after.
    expect(firstSlice).toBeGreaterThan(-1);
    expect(firstSlice).toBeLessThan(parsed);
    expect(posted.filter((r) => r.type === 'comments')).toHaveLength(3);
    const comments = sentComments(posted);
    expect(comments).toHaveLength(2 * COMMENT_SLICE + 10);
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
    expect(posted.at(-1)?.type).toBe('opened');
  });

  it('should send every comment with the dump when it opens a dump already parsed', async () => {
    const { text } = generateDump({ comments: COMMENT_SLICE + 10, layout: 'indented', seed: 4 });
    const engine = createEngine({ loadSeed });
    const post = (posted: WorkerResponse[]) => (r: WorkerResponse) => void posted.push(r);
    const first: WorkerResponse[] = [];
    const again: WorkerResponse[] = [];
    const source = { kind: 'text', name: 'a.txt', text } as const;
    await engine.handle({ type: 'open', id: 1, source }, post(first));
    await engine.handle({ type: 'open', id: 2, source }, post(again));
    expect(sentComments(again)).toEqual(sentComments(first));
    expect(sentComments(again)).toHaveLength(COMMENT_SLICE + 10);
  });
});
