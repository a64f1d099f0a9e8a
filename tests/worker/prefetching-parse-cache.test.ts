import { describe, expect, it } from 'vitest';
import { createParseCache } from '../../src/worker/parse-cache.ts';
import { prefetchingParseCache } from '../../src/worker/prefetching-parse-cache.ts';
import { emptyParse as doc, memoryKv } from './support/memory-cache.ts';

describe('prefetchingParseCache', () => {
  it('should start reading the listed parses before they are asked for, and read each early once', async () => {
    const { kv } = memoryKv();
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
