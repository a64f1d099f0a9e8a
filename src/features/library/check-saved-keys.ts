import { textHash } from '../../core/article/text-hash.ts';
import { FILE_KEY_PREFIX } from '../../worker/storage-names.ts';
import { hashInSlices } from './hash-in-slices.ts';
import type { FileSource, SourceStore } from './source-store.ts';

/**
 * The hash a saved record's key states; its text's hash, at once, when the key is not a file key
 * (not something this app writes).
 */
export function savedHash(dump: { readonly key: string; readonly text: string }): string {
  const hash = dump.key.slice(FILE_KEY_PREFIX.length);
  return dump.key.startsWith(FILE_KEY_PREFIX) && /^[0-9a-f]{14}$/u.test(hash)
    ? hash
    : textHash(dump.text);
}

/**
 * A restored dump whose text does not hash to its key (saved by another build, or altered) moves
 * to the right key: added under it (the store's sync saves that record), then removed under the
 * old one (the sync forgets the old record). The texts are hashed in slices, after the restore.
 */
export async function checkSavedKeys(
  store: SourceStore,
  sources: readonly FileSource[],
): Promise<void> {
  for (const source of sources) {
    const hash = await hashInSlices(source.text);
    if (hash === source.hash) continue;
    store.add({ name: source.name, text: source.text, hash });
    store.remove(source.key);
  }
}
