import { FILE_KEY_PREFIX } from '../../worker/storage-names.ts';

/**
 * The hash a saved record's key states. A key this app did not write states none: the record's key
 * stands in (unique, so two such records never merge), and the worker's first read of the bytes
 * puts the dump under its real hash (rekeyMisfiled). The page never hashes a 20 MB text itself.
 */
export function savedHash(dump: { readonly key: string }): string {
  const hash = dump.key.slice(FILE_KEY_PREFIX.length);
  return dump.key.startsWith(FILE_KEY_PREFIX) && /^[0-9a-f]{14}$/u.test(hash) ? hash : dump.key;
}
