import { describe, expect, it } from 'vitest';
import type { ThreadDocument } from '../../src/core/types.ts';
import {
  CACHE_ENTRIES,
  createParseCache,
  type CachedParse,
  prefetchingParseCache,
} from '../../src/worker/parse-cache.ts';

function memory() {
  const map = new Map<string, unknown>();
  return {
    map,
    kv: {
      get: async (k: string) => map.get(k),
      set: async (k: string, v: unknown) => void map.set(k, v),
      delete: async (k: string) => void map.delete(k),
    },
  };
}

const relevance = { mentioning: 0, total: 0, relevant: true };
const doc = (title: string): CachedParse => ({
  doc: {
    format: 'indented',
    article: { title },
    comments: [],
    warnings: [],
  } as unknown as ThreadDocument,
  relevance,
});

describe('createParseCache', () => {
  it('should give back a parse written by the same build and miss for another build', async () => {
    const { kv } = memory();
    await createParseCache(kv, 'worker-abc.js').set('h1', doc('One'));
    expect((await createParseCache(kv, 'worker-abc.js').get('h1'))?.doc.article.title).toBe('One');
    expect(await createParseCache(kv, 'worker-new.js').get('h1')).toBeUndefined();
  });

  it(`should keep only the ${CACHE_ENTRIES} most recently opened parses`, async () => {
    const { kv, map } = memory();
    const cache = createParseCache(kv, 'b');
    for (const h of ['a', 'b', 'c']) await cache.set(h, doc(h));
    await cache.get('a');
    await cache.set('d', doc('d'));
    expect(await cache.get('b')).toBeUndefined();
    expect([...map.keys()].filter((k) => k.startsWith('doc:')).sort()).toEqual([
      'doc:a',
      'doc:c',
      'doc:d',
    ]);
  });

  it('should forget a deleted parse and read every storage failure as a miss', async () => {
    const { kv, map } = memory();
    const cache = createParseCache(kv, 'b');
    await cache.set('a', doc('a'));
    await cache.delete('a');
    expect(map.has('doc:a')).toBe(false);
    const broken = createParseCache(
      {
        get: () => Promise.reject(new Error('blocked')),
        set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
        delete: () => Promise.reject(new Error('blocked')),
      },
      'b',
    );
    await expect(broken.set('a', doc('a'))).resolves.toBeUndefined();
    await expect(broken.get('a')).resolves.toBeUndefined();
    await expect(broken.delete('a')).resolves.toBeUndefined();
  });

  it('should start reading the listed parses before they are asked for, and read each early once', async () => {
    const { kv } = memory();
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
