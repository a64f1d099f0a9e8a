import type { FileSource, SourceStore } from './source-store.ts';

/**
 * A file whose bytes do not hash to the hash it was filed under (a record saved by another build,
 * altered, or keyed by someone else) moves to the right key, as the worker found it when it read
 * them: added under it (the store's sync saves that record), then removed under the old one (the
 * sync forgets the old record). A source filed right is left alone.
 */
export function rekeyMisfiled(store: SourceStore, source: FileSource, hash: string): void {
  if (hash === source.hash) return;
  store.add({ name: source.name, blob: source.blob, hash });
  store.remove(source.key);
}
