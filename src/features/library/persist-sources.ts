import type { SourceStore } from './source-store.ts';
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

function tell(messages: readonly string[]): void {
  if (messages.length > 0)
    publish([...notices, ...messages.map((m) => ({ kind: 'notice' as const, message: m }))]);
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
  // IndexedDB, its records and the syncing load after the first view: the seeds show without
  // waiting for them.
  restored = import('./sync-sources.ts').then((m) =>
    m.syncSources(store, given, { saving, notify, report, tell }),
  );
  return restored;
}
