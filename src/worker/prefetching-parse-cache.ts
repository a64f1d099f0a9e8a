import type { CachedParse, ParseCache } from './parse-cache.ts';

/**
 * Starts reading the parses of `hashes` at once, before anyone asks: on a revisit the page is still
 * reading the dump's text from IndexedDB when the worker could already be reading its parse.
 */
export function prefetchingParseCache(
  cache: ParseCache,
  hashes: Promise<readonly string[]>,
): ParseCache {
  const early = hashes
    .then((list) => new Map(list.map((h) => [h, cache.get(h)] as const)))
    .catch(() => new Map<string, Promise<CachedParse | undefined>>());
  return {
    async get(hash) {
      const started = await early;
      const found = started.get(hash);
      started.delete(hash);
      return found ?? cache.get(hash);
    },
    index: (hash) => cache.index(hash),
    set: (hash, parse) => cache.set(hash, parse),
    setIndex: (hash, index) => cache.setIndex(hash, index),
    async delete(hash) {
      (await early).delete(hash);
      await cache.delete(hash);
    },
  };
}
