import { del, entries, set, type UseStore } from 'idb-keyval';
import { dumpsDb } from '../../worker/dumps-db.ts';
import { isQuotaError, type StorageError } from '../../shared/storage/versioned-storage.ts';

/**
 * The saved shape; bump VERSION when it changes, and records of unknown versions are discarded
 * with a notice. Version 1 held the decoded text: reading a 20 MB string back blocked the page for
 * 700 ms and writing it 300; version 2 holds a Blob, which IndexedDB hands over as a handle.
 */
const VERSION = 2;

export interface SavedDump {
  /** The text's hash: the same dump opened twice is saved once. */
  readonly key: string;
  readonly name: string;
  /** The file's bytes, which the worker decodes. */
  readonly blob: Blob;
  /** ms since the epoch: the order the reader added them in. */
  readonly addedAt: number;
}

interface Envelope {
  readonly version: number;
  readonly dump: unknown;
}

/** Where dumps live: IndexedDB through idb-keyval in the app, a Map in tests. */
export interface DumpStore {
  entries(): Promise<ReadonlyArray<readonly [IDBValidKey, unknown]>>;
  set(key: string, value: Envelope): Promise<void>;
  delete(key: string): Promise<void>;
}

export function indexedDbDumpStore(
  onNotice: (message: string) => void = () => undefined,
): DumpStore {
  // Opened lazily; a missing IndexedDB fails the first call, which the callers turn into a notice.
  let store: UseStore | null = null;
  const db = () => (store ??= dumpsDb(onNotice));
  return {
    entries: () => entries(db()),
    set: (key, value) => set(key, value, db()),
    delete: (key) => del(key, db()),
  };
}

export type PersistResult =
  { readonly ok: true } | { readonly ok: false; readonly error: StorageError };

function failure(e: unknown, doing: string): PersistResult {
  if (isQuotaError(e)) {
    return {
      ok: false,
      error: {
        kind: 'quota',
        message: `The browser's storage is full, so ${doing}. Remove an opened dump you no longer need, or free space in the browser's site settings.`,
      },
    };
  }
  // An aborted transaction rejects with its `error`, which is null: never show "(null)".
  if (e === null || e === undefined || (e instanceof DOMException && e.name === 'AbortError')) {
    return {
      ok: false,
      error: {
        kind: 'unavailable',
        message: `The browser stopped the save before it finished (another tab, or site data being cleared), so ${doing}. Open the file again to save it.`,
      },
    };
  }
  return {
    ok: false,
    error: {
      kind: 'unavailable',
      message: `This browser does not allow saving here (${e instanceof Error ? e.message : String(e)}), so ${doing}. The dump stays open until you close the tab.`,
    },
  };
}

function isSavedDump(value: unknown): value is SavedDump {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.key === 'string' &&
    typeof v.name === 'string' &&
    v.blob instanceof Blob &&
    typeof v.addedAt === 'number'
  );
}

/** A version 1 record as version 2: its text as UTF-8 bytes, which decode back to the same text. */
function fromVersion1(dump: unknown): unknown {
  if (typeof dump !== 'object' || dump === null) return dump;
  const { text, ...rest } = dump as Record<string, unknown>;
  return typeof text === 'string'
    ? { ...rest, blob: new Blob([text], { type: 'text/plain' }) }
    : dump;
}

function nameOf(dump: unknown): string | null {
  const name = (dump as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' ? name : null;
}

/**
 * Every saved dump, oldest first. A record from another version or in a shape this version does
 * not know is deleted and named in a notice, never thrown at the reader.
 */
export async function loadSavedDumps(
  store: DumpStore,
): Promise<{ dumps: SavedDump[]; notices: string[] }> {
  const notices: string[] = [];
  let rows: ReadonlyArray<readonly [IDBValidKey, unknown]>;
  try {
    rows = await store.entries();
  } catch (e) {
    const r = failure(e, 'dumps opened earlier cannot be loaded');
    return { dumps: [], notices: r.ok ? [] : [r.error.message] };
  }
  const dumps: SavedDump[] = [];
  for (const [key, value] of rows) {
    const envelope = value as Partial<Envelope> | null;
    const old = envelope?.version === 1;
    const dump = old ? fromVersion1(envelope.dump) : envelope?.dump;
    if ((old || envelope?.version === VERSION) && isSavedDump(dump) && dump.key === key) {
      dumps.push(dump);
      // Written again as version 2, so the next visit reads a handle, not the text.
      if (old) await saveDump(store, dump);
      continue;
    }
    const named = nameOf(envelope?.dump);
    const name = named === null ? 'A saved dump' : `“${named}”`;
    notices.push(
      `${name} was saved by an older version of the explorer and could not be read; it was removed. Open the file again to bring it back.`,
    );
    try {
      await store.delete(String(key));
    } catch {
      // Left in place: it is skipped again next time, with the same notice.
    }
  }
  dumps.sort((a, b) => a.addedAt - b.addedAt);
  return { dumps, notices };
}

export async function saveDump(store: DumpStore, dump: SavedDump): Promise<PersistResult> {
  try {
    await store.set(dump.key, { version: VERSION, dump });
    return { ok: true };
  } catch (e) {
    return failure(e, `“${dump.name}” is open now but will be gone after a reload`);
  }
}

export async function forgetDump(store: DumpStore, key: string): Promise<PersistResult> {
  try {
    await store.delete(key);
    return { ok: true };
  } catch (e) {
    return failure(e, 'the removed dump may come back after a reload');
  }
}
