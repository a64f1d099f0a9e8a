import { createStore, keys } from 'idb-keyval';
import { DUMPS_DB, DUMPS_STORE, FILE_KEY_PREFIX } from './storage-names.ts';

/** The text hashes of the dumps saved in this browser; none when IndexedDB is unavailable. */
export async function savedDumpHashes(): Promise<string[]> {
  try {
    const all = await keys(createStore(DUMPS_DB, DUMPS_STORE));
    return all.flatMap((k) =>
      typeof k === 'string' && k.startsWith(FILE_KEY_PREFIX)
        ? [k.slice(FILE_KEY_PREFIX.length)]
        : [],
    );
  } catch {
    return [];
  }
}
