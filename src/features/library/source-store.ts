import { FILE_KEY_PREFIX } from '../../worker/storage-names.ts';

/** A dump the explorer shows: a seed bundled with the app, or a file the reader added. */
export type Source =
  | { readonly kind: 'seed'; readonly key: string; readonly name: string }
  | {
      readonly kind: 'file';
      readonly key: string;
      readonly name: string;
      /** The file's bytes: the worker reads them; the page never holds a 20 MB text. */
      readonly blob: Blob;
      /** textHash of the decoded text: the cache key of the parse and the search index. */
      readonly hash: string;
    };

export type FileSource = Extract<Source, { kind: 'file' }>;

/**
 * An in-memory list with subscribe/getSnapshot (for useSyncExternalStore). Persistence (IndexedDB)
 * belongs outside: it can `subscribe` to save and call `add` to restore.
 */
export interface SourceStore {
  getSnapshot(): readonly Source[];
  subscribe(onChange: () => void): () => void;
  /**
   * Adds a file under `hash`, its text's textHash; the same text twice is the same source (returned,
   * not duplicated). The caller brings the hash (the worker's, from reading the bytes; a restored
   * dump's, from its saved key): the page has no text to hash.
   */
  add(file: { readonly name: string; readonly blob: Blob; readonly hash: string }): FileSource;
  remove(key: string): void;
}

export function createSourceStore(initial: readonly Source[]): SourceStore {
  let sources: readonly Source[] = initial;
  const listeners = new Set<() => void>();
  const set = (next: readonly Source[]): void => {
    sources = next;
    for (const fn of listeners) fn();
  };
  return {
    getSnapshot: () => sources,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    add({ name, blob, hash }) {
      const key = `${FILE_KEY_PREFIX}${hash}`;
      const known = sources.find((s): s is FileSource => s.kind === 'file' && s.key === key);
      if (known !== undefined) return known;
      const source: FileSource = { kind: 'file', key, name, blob, hash };
      set([...sources, source]);
      return source;
    },
    remove(key) {
      if (sources.some((s) => s.key === key)) set(sources.filter((s) => s.key !== key));
    },
  };
}
