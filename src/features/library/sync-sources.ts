import { forgetDump, indexedDbDumpStore, loadSavedDumps, saveDump } from './persist-dumps.ts';
import type { DumpStore, PersistResult } from './persist-dumps.ts';
import { savedHash } from './saved-hash.ts';
import type { FileSource, SourceStore } from './source-store.ts';

/** How the sync tells the page what it did (persist-sources.ts keeps the notices and saves). */
export interface SyncReports {
  /** Saves under way, by source key: whenSaved waits on them. */
  readonly saving: Map<string, Promise<PersistResult>>;
  /** An error said once however often it happens (IndexedDB unavailable). */
  notify(message: string): void;
  /** A save's or a removal's outcome: a failure is said. */
  report(result: PersistResult): void;
  /** Plain notices about what was restored. */
  tell(messages: readonly string[]): void;
}

/** Restores the saved dumps into `store`, then saves or forgets each file source as it comes or goes. */
export async function syncSources(
  store: SourceStore,
  given: DumpStore | undefined,
  reports: SyncReports,
): Promise<void> {
  const { saving, notify, report, tell } = reports;
  const dumps = given ?? indexedDbDumpStore((message) => notify(message));
  const saved = await loadSavedDumps(dumps);
  tell(saved.notices);
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
