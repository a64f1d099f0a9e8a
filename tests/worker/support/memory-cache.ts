import type { ThreadDocument } from '../../../src/core/types.ts';
import type { CachedParse } from '../../../src/worker/parse-cache.ts';

/** A key-value store in a Map, as createParseCache reads and writes IndexedDB. */
export function memoryKv() {
  const map = new Map<string, unknown>();
  const kv = {
    get: async (k: string) => map.get(k),
    set: async (k: string, v: unknown) => void map.set(k, v),
    delete: async (k: string) => void map.delete(k),
  };
  return { map, kv };
}

/** A parse with no comments, known by its title. */
export const emptyParse = (title: string): CachedParse => ({
  doc: {
    format: 'indented',
    article: { title },
    comments: [],
    warnings: [],
  } as unknown as ThreadDocument,
  relevance: { mentioning: 0, total: 0, relevant: true },
});
