import type { FileSource, SourceStore } from './source-store.ts';
import type { DumpStore, PersistResult } from './persist-dumps.ts';

/** Something the reader should know about saving: an error (storage full) or a plain notice. */
export interface PersistNotice {
  readonly kind: 'error' | 'notice';
  readonly message: string;
}

type Listener = (notices: readonly PersistNotice[]) => void;

let notices: readonly PersistNotice[] = [];
const listeners = new Set<Listener>();

function publish(next: readonly PersistNotice[]): void {
  notices = next;
  for (const fn of listeners) fn(notices);
}

/** For useSyncExternalStore: what the persistence layer has to tell the reader. */
export const persistNotices = {
  getSnapshot: (): readonly PersistNotice[] => notices,
  subscribe(fn: Listener): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
  dismiss(): void {
    publish([]);
  },
};

function notify(message: string): void {
  if (!notices.some((n) => n.message === message))
    publish([...notices, { kind: 'error', message }]);
}

function report(result: PersistResult): void {
  if (!result.ok) publish([...notices, { kind: 'error', message: result.error.message }]);
}

const OK: PersistResult = { ok: true };
/** Saves under way, by source key; a reload before one settles would lose that dump. */
const saving = new Map<string, Promise<PersistResult>>();
let restored: Promise<void> = Promise.resolve();

/**
 * Settles once the source `key` is in IndexedDB (or its save failed, which is already announced).
 * The open flow waits for it, so "Opened" is only said of a dump that survives a reload.
 */
export async function whenSaved(key: string): Promise<PersistResult> {
  await restored;
  return (await saving.get(key)) ?? OK;
}

/**
 * Keeps the reader's opened dumps in IndexedDB: restores them into `store` (oldest first), then
 * saves every file source added and forgets every one removed. Resolves when the restore is done.
 */
export function persistSources(store: SourceStore, given?: DumpStore): Promise<void> {
  restored = restoreAndSync(store, given);
  return restored;
}

async function restoreAndSync(store: SourceStore, given: DumpStore | undefined): Promise<void> {
  // IndexedDB and its records load after the first view: the seeds show without waiting for them.
  const [{ forgetDump, indexedDbDumpStore, loadSavedDumps, saveDump }, { savedHash }] =
    await Promise.all([import('./persist-dumps.ts'), import('./saved-hash.ts')]);
  const dumps = given ?? indexedDbDumpStore((message) => notify(message));
  const saved = await loadSavedDumps(dumps);
  if (saved.notices.length > 0) {
    publish([
      ...notices,
      ...saved.notices.map((message) => ({ kind: 'notice' as const, message })),
    ]);
  }
  // Each dump comes back under the hash its key states, all at once, so a link to one finds it;
  // the worker checks that hash when it reads the bytes (rekeyMisfiled).
  for (const d of saved.dumps) store.add({ name: d.name, blob: d.blob, hash: savedHash(d) });
  // What IndexedDB holds now; sources added while the restore ran are saved by the first sync.
  const known = new Set(saved.dumps.map((d) => d.key));
  const sync = () => {
    const current = new Map<string, FileSource>();
    for (const s of store.getSnapshot()) if (s.kind === 'file') current.set(s.key, s);
    for (const [key, s] of current) {
      if (!known.has(key)) {
        const save = saveDump(dumps, { key, name: s.name, blob: s.blob, addedAt: Date.now() });
        saving.set(key, save);
        void save.then((result) => {
          if (saving.get(key) === save) saving.delete(key);
          report(result);
        });
      }
    }
    for (const key of known) {
      if (!current.has(key)) void forgetDump(dumps, key).then(report);
    }
    known.clear();
    for (const key of current.keys()) known.add(key);
  };
  store.subscribe(sync);
  sync();
}
