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

/** What to say when the database changes under the page or an open waits for another tab. */
export interface ClosingStoreHooks {
  readonly onVersionChange?: () => void;
  readonly onBlocked?: () => void;
}

/**
 * An idb-keyval store that does what createStore leaves out: a `versionchange` (another tab or the
 * browser deleting the database) closes this connection at once, so the deletion is never blocked
 * by this page; the next use opens the database afresh.
 */
export function closingStore(
  name: string,
  store: string,
  hooks: ClosingStoreHooks = {},
  factory: Pick<IDBFactory, 'open'> = indexedDB,
): UseStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    const request = factory.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onblocked = () => hooks.onBlocked?.();
    const opened = settle(request).then((connection) => {
      connection.onversionchange = () => {
        connection.close();
        db = null;
        hooks.onVersionChange?.();
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
    return callback(connection.transaction(store, mode).objectStore(store));
  };
}

/**
 * The dumps' store: without the `versionchange` close, a deletion was blocked until a reload that
 * then found every dump gone without a word; now the reader is told at once, and what to do.
 */
export function dumpsDb(
  onNotice: (message: string) => void,
  factory: Pick<IDBFactory, 'open'> = indexedDB,
): UseStore {
  return closingStore(
    DUMPS_DB,
    DUMPS_STORE,
    {
      onVersionChange: () => onNotice(DUMPS_DELETED),
      onBlocked: () => onNotice(DUMPS_BLOCKED),
    },
    factory,
  );
}
