import { keys } from 'idb-keyval';
import { dumpsDb } from './dumps-db.ts';
import { FILE_KEY_PREFIX } from './storage-names.ts';

/** The text hashes of the dumps saved in this browser; none when IndexedDB is unavailable. */
export async function savedDumpHashes(): Promise<string[]> {
  try {
    // dumpsDb, not createStore: its connection closes on `versionchange`, so it never blocks the
    // page (or the browser) deleting the database.
    const all = await keys(dumpsDb(() => undefined));
    return all.flatMap((k) =>
      typeof k === 'string' && k.startsWith(FILE_KEY_PREFIX)
        ? [k.slice(FILE_KEY_PREFIX.length)]
        : [],
    );
  } catch {
    return [];
  }
}
