import { describe, expect, it } from 'vitest';
import { matchQuery } from '../../src/core/search/match-query.ts';
import type { SearchDoc } from '../../src/core/search/search-index.ts';
import { storeTermIndex } from '../../src/core/search/stored-term-index.ts';
import { INDEX_SLICE, openIndex } from '../../src/worker/open-index.ts';

// More comments than one slice, so the index is built across several tasks.
const docs: SearchDoc[] = Array.from({ length: INDEX_SLICE + 5 }, (_, i) => ({
  key: `a\u0000c${i}`,
  article: 'a',
  id: `c${i}`,
  author: i % 2 === 0 ? 'Ann' : 'Bob',
  location: null,
  body: i === INDEX_SLICE + 3 ? 'sanctions relief' : `comment number ${i}`,
}));

describe('openIndex', () => {
  it('should find a comment of the last slice in an index built slice by slice', async () => {
    const index = await openIndex(docs);
    expect(index.documentCount).toBe(docs.length);
    expect([...matchQuery(index.terms, 'sanctions').docs]).toEqual([INDEX_SLICE + 3]);
  });

  it('should answer from a stored index that fits the comments, and rebuild one that does not', async () => {
    const built = await openIndex(docs);
    const restored = await openIndex(docs, storeTermIndex(built.terms));
    expect([...matchQuery(restored.terms, 'relief').docs]).toEqual([INDEX_SLICE + 3]);
    const stale = { ...storeTermIndex(built.terms), offsets: new Int32Array(1) };
    const rebuilt = await openIndex(docs, stale);
    expect([...matchQuery(rebuilt.terms, 'relief').docs]).toEqual([INDEX_SLICE + 3]);
  });
});
