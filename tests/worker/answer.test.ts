import { describe, expect, it } from 'vitest';
import { treeShapeOf } from '../../src/core/article/tree-shape-of.ts';
import { createSearchIndex } from '../../src/core/search/search-index.ts';
import { searchDocs } from '../../src/core/search/search-docs.ts';
import { stanceRelevance } from '../../src/core/stance/stance-relevance.ts';
import { createAnswerer } from '../../src/worker/answer.ts';
import type { DumpEntry, DumpOpener } from '../../src/worker/dump-opener.ts';
import { makeDoc } from '../core/support/thread-fixture.ts';

const doc = makeDoc('Talks', [
  { id: 'a1', author: 'Vincent', body: 'Lift the sanctions now.' },
  { id: 'a2', author: 'Mary', body: 'Putin will not change.' },
]);

/** `doc` opened under `hash`, searched by `search`. */
function entryOf(hash: string, search: DumpEntry['search']): DumpEntry {
  const value = {
    hash,
    name: `${hash}.txt`,
    doc,
    shape: treeShapeOf(doc),
    stancesPending: false,
    repliesPending: false,
  };
  const opened: DumpEntry['opened'] = {
    ok: true,
    value: { ...value, relevance: stanceRelevance(doc.comments) },
  };
  const settled = Promise.resolve(opened);
  return { opened, search, replied: settled, stanced: settled, ask: () => undefined };
}

function opener(hashes: readonly string[]): DumpOpener {
  const entries = new Map<string, DumpEntry>(
    hashes.map((hash) => [
      hash,
      entryOf(hash, Promise.resolve(createSearchIndex(searchDocs(doc.comments, hash)))),
    ]),
  );
  return {
    open: () => Promise.reject(new Error('not used')),
    cancel: () => false,
    settled: async (hash) => entries.get(hash),
    replied: async (hash) => entries.get(hash)?.replied,
    stanced: async (hash) => entries.get(hash)?.stanced,
    forget: async () => undefined,
  };
}

describe('createAnswerer', () => {
  it('should answer with hits named by dump hash, in the order the hashes were given', async () => {
    const answers = createAnswerer(opener(['h1', 'h2']));
    const answer = await answers.search(1, 'sanctions', ['h2', 'h1', 'unknown']);
    expect(answer?.dumps.map((d) => [d.hash, [...d.at]])).toEqual([
      ['h2', [0]],
      ['h1', [0]],
    ]);
    expect(answer?.terms).toEqual(['sanctions']);
  });

  it('should answer a quoted phrase with the comments that hold it word for word', async () => {
    const answers = createAnswerer(opener(['h1']));
    // "Putin will not change." holds both words, but not side by side.
    expect((await answers.search(1, 'putin change', ['h1']))?.dumps[0]?.at).toEqual(
      Int32Array.of(1),
    );
    expect((await answers.search(2, '"putin change"', ['h1']))?.dumps).toEqual([]);
    const phrase = await answers.search(3, '“not change”', ['h1']);
    expect([...(phrase?.dumps[0]?.at ?? [])]).toEqual([1]);
    // Marked as one phrase, not word by word; closed, so its last word is whole.
    expect(phrase?.terms).toEqual(['"not change"']);
    // An unclosed quote narrows as it is typed: its last word may be begun.
    const open = await answers.search(4, '"will not ch', ['h1']);
    expect([...(open?.dumps[0]?.at ?? [])]).toEqual([1]);
    expect(open?.terms).toEqual(['will not ch']);
  });

  it('should drop a search once a newer one has arrived, and answer the newest', async () => {
    const answers = createAnswerer(opener(['h1']));
    const old = answers.search(1, 'sanctions', ['h1']);
    const newer = answers.search(2, 'putin', ['h1']);
    expect(await old).toBeNull();
    expect((await newer)?.dumps.map((d) => [...d.at])).toEqual([[1]]);
  });

  it('should stop a stale search between dumps, not after every dump asked for', async () => {
    const real = createSearchIndex(searchDocs(doc.comments, 'h1'));
    let searched = 0;
    let answers = createAnswerer(opener([]));
    // A dump whose search lets a newer query in, as a message queued during it would be.
    const slow = {
      documentCount: real.documentCount,
      get terms() {
        searched += 1;
        if (searched === 1) void answers.search(2, 'putin', []);
        // A slow search: past the answerer's time between looks at its messages.
        const until = performance.now() + 40;
        while (performance.now() < until);
        return real.terms;
      },
    };
    answers = createAnswerer({
      ...opener([]),
      settled: async (hash) => entryOf(hash, Promise.resolve(slow)),
    });
    expect(await answers.search(1, 'sanctions', ['h1', 'h2', 'h3'])).toBeNull();
    expect(searched).toBe(1);
    // The newest search, never made stale, goes through every dump.
    searched = 2;
    expect((await answers.search(3, 'sanctions', ['h1', 'h2', 'h3']))?.dumps).toHaveLength(3);
    expect(searched).toBe(5);
  });

  it("should ask for every dump's stances first, as each index waits on them to be asked", async () => {
    const index = createSearchIndex(searchDocs(doc.comments, 'h'));
    const waiting = new Map<string, DumpEntry>();
    for (const hash of ['h1', 'h2']) {
      let ask = (): void => undefined;
      const search = new Promise<typeof index>((resolve) => (ask = () => resolve(index)));
      waiting.set(hash, { ...entryOf(hash, search), ask: () => ask() });
    }
    const answers = createAnswerer({ ...opener([]), settled: async (h) => waiting.get(h) });
    expect((await answers.search(1, 'sanctions', ['h1', 'h2']))?.dumps).toHaveLength(2);
  });

  it('should drop a cancelled search, and ignore a cancel for one no longer running', async () => {
    const answers = createAnswerer(opener(['h1']));
    const running = answers.search(1, 'sanctions', ['h1']);
    expect(answers.cancel(1)).toBe(true);
    expect(await running).toBeNull();
    expect(answers.cancel(1)).toBe(false);
    expect((await answers.search(2, 'sanctions', ['h1']))?.dumps).toHaveLength(1);
  });

  it('should learn from labels of an opened dump and learn nothing for an unknown one', async () => {
    const answers = createAnswerer(opener(['h1']));
    expect(Array.isArray(await answers.learn('h1', [['a1', 'support']]))).toBe(true);
    expect(await answers.learn('nope', [['a1', 'support']])).toEqual([]);
  });
});
