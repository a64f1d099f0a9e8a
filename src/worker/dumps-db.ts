import type { UseStore } from 'idb-keyval';
import { DUMPS_DB, DUMPS_STORE } from './storage-names.ts';

/** What the reader is told when the database changes under the page, and what to do about it. */
export const DUMPS_DELETED =
  'Your saved dumps were deleted outside this page (by another tab or the browser’s site-data settings). ' +
  'The ones open here stay until you close this tab; open their files again to keep them.';
export const DUMPS_BLOCKED =
  'Saving is waiting for another tab of the explorer that uses an older version. Close that tab, or reload it, to save your dumps.';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException('aborted', 'AbortError'));
  });
}

/**
 * idb-keyval's store for the dumps, plus what createStore leaves out: a `versionchange` (another
 * tab or the browser deleting the database) closes this connection at once, so the deletion is not
 * blocked until a reload that would then find every dump gone without a word; the reader is told.
 */
export function dumpsDb(onNotice: (message: string) => void): UseStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    const request = indexedDB.open(DUMPS_DB);
    request.onupgradeneeded = () => request.result.createObjectStore(DUMPS_STORE);
    request.onblocked = () => onNotice(DUMPS_BLOCKED);
    const opened = settle(request).then((connection) => {
      connection.onversionchange = () => {
        connection.close();
        db = null;
        onNotice(DUMPS_DELETED);
      };
      connection.onclose = () => {
        db = null;
      };
      return connection;
    });
    opened.catch(() => {
      db = null;
    });
    return opened;
  };
  return async (mode, callback) => {
    const connection = await (db ??= open());
    return callback(connection.transaction(DUMPS_STORE, mode).objectStore(DUMPS_STORE));
  };
}
