import { describe, expect, it } from 'vitest';
import { createParseCache } from '../../src/worker/parse-cache.ts';
import { sizedCache } from '../../src/worker/sized-cache.ts';
import { emptyParse, memoryKv } from './support/memory-cache.ts';

const parse = emptyParse('T');

describe('sizedCache', () => {
  it('should write each parse with the size of the file it came from', async () => {
    const cache = createParseCache(memoryKv().kv, 'b');
    await sizedCache(cache, 1_234).set('h', parse);
    expect((await cache.get('h'))?.bytes).toBe(1_234);
  });

  it('should write a pasted text or a seed without a size', async () => {
    const cache = createParseCache(memoryKv().kv, 'b');
    expect(sizedCache(cache, undefined)).toBe(cache);
    await sizedCache(cache, undefined).set('h', parse);
    expect(await cache.get('h')).not.toHaveProperty('bytes');
  });
});
