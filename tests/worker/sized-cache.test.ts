import { describe, expect, it } from 'vitest';
import type { ThreadDocument } from '../../src/core/types.ts';
import { createParseCache, type CachedParse } from '../../src/worker/parse-cache.ts';
import { sizedCache } from '../../src/worker/sized-cache.ts';

function memory() {
  const map = new Map<string, unknown>();
  return {
    get: async (k: string) => map.get(k),
    set: async (k: string, v: unknown) => void map.set(k, v),
    delete: async (k: string) => void map.delete(k),
  };
}

const parse: CachedParse = {
  doc: {
    format: 'flat',
    article: { title: 'T' },
    comments: [],
    warnings: [],
  } as unknown as ThreadDocument,
  relevance: { mentioning: 0, total: 0, relevant: true },
};

describe('sizedCache', () => {
  it('should write each parse with the size of the file it came from', async () => {
    const cache = createParseCache(memory(), 'b');
    await sizedCache(cache, 1_234).set('h', parse);
    expect((await cache.get('h'))?.bytes).toBe(1_234);
  });

  it('should write a pasted text or a seed without a size', async () => {
    const cache = createParseCache(memory(), 'b');
    expect(sizedCache(cache, undefined)).toBe(cache);
    await sizedCache(cache, undefined).set('h', parse);
    expect(await cache.get('h')).not.toHaveProperty('bytes');
  });
});
