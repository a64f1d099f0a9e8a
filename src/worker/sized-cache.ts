import type { ParseCache } from './parse-cache.ts';

/** `cache`, writing each parse with the size of the file it came from (none for a text or seed). */
export function sizedCache(cache: ParseCache, bytes: number | undefined): ParseCache {
  if (bytes === undefined) return cache;
  return { ...cache, set: (hash, parse) => cache.set(hash, { ...parse, bytes }) };
}
