import { createStore, keys } from 'idb-keyval';

// Where the page keeps the reader's dumps (src/features/library/persist-dumps.ts), keyed
// `file:<text hash>` like their sources (source-store.ts). Read here for the keys alone.
const DUMPS_DB = 'thread-explorer';
const DUMPS_STORE = 'dumps';
const FILE_KEY = 'file:';

/** The text hashes of the dumps saved in this browser; none when IndexedDB is unavailable. */
export async function savedDumpHashes(): Promise<string[]> {
  try {
    const all = await keys(createStore(DUMPS_DB, DUMPS_STORE));
    return all.flatMap((k) =>
      typeof k === 'string' && k.startsWith(FILE_KEY) ? [k.slice(FILE_KEY.length)] : [],
    );
  } catch {
    return [];
  }
}
