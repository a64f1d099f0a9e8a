import { describe, expect, it } from 'vitest';
import type { ThreadDocument } from '../../src/core/types.ts';
import { createParseCache, type CachedParse } from '../../src/worker/parse-cache.ts';
import { prefetchingParseCache } from '../../src/worker/prefetching-parse-cache.ts';

function memory() {
  const map = new Map<string, unknown>();
  return {
    get: async (k: string) => map.get(k),
    set: async (k: string, v: unknown) => void map.set(k, v),
    delete: async (k: string) => void map.delete(k),
  };
}

const doc = (title: string): CachedParse => ({
  doc: {
    format: 'indented',
    article: { title },
    comments: [],
    warnings: [],
  } as unknown as ThreadDocument,
  relevance: { mentioning: 0, total: 0, relevant: true },
});

describe('prefetchingParseCache', () => {
  it('should start reading the listed parses before they are asked for, and read each early once', async () => {
    const kv = memory();
    const inner = createParseCache(kv, 'b');
    await inner.set('a', doc('A'));
    const reads: string[] = [];
    const counted = { ...inner, get: (h: string) => (reads.push(h), inner.get(h)) };
    const cache = prefetchingParseCache(counted, Promise.resolve(['a', 'gone']));
    await new Promise((r) => setTimeout(r, 0));
    expect(reads).toEqual(['a', 'gone']);
    expect((await cache.get('a'))?.doc.article.title).toBe('A');
    expect(reads).toHaveLength(2);
    expect((await cache.get('a'))?.doc.article.title).toBe('A');
    expect(reads).toHaveLength(3);
  });
});
