// IndexedDB names that more than one side reads: the page saves the reader's dumps, the worker
// reads their keys to prefetch parses it keeps in its own database, the bench and tests probe it.

/** The page's dumps (src/features/library/persist-dumps.ts), keyed like their sources. */
export const DUMPS_DB = 'thread-explorer';
export const DUMPS_STORE = 'dumps';
/** A file source's key is this prefix and its text's hash (src/features/library/source-store.ts). */
export const FILE_KEY_PREFIX = 'file:';

/** The worker's parse cache (parse-cache.ts): its own database, idb-keyval keeps one store each. */
export const PARSES_DB = 'thread-explorer-parses';
export const PARSES_STORE = 'parses';
/** The cache's most-recently-opened list of text hashes. */
export const PARSES_RECENT_KEY = 'recent';
