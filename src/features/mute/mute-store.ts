import { normalizeAuthor } from '../../core/view/apply-view.ts';
import { readVersioned, writeVersioned } from '../../shared/storage/versioned-storage.ts';

const KEY = 'thread-explorer:muted';
const VERSION = 1;
// Far more than anyone mutes by hand; a bound keeps a tampered entry from costing anything.
const MAX_MUTED = 1000;

export interface MuteSnapshot {
  /** Display names in the order they were muted. */
  readonly names: readonly string[];
  /** The same, normalised as the view's author filter compares them. */
  readonly keys: ReadonlySet<string>;
  /** Saving failed; the mutes still hold for this visit. */
  readonly error: string | null;
}

function snapshotOf(names: readonly string[], error: string | null): MuteSnapshot {
  return { names, keys: new Set(names.map(normalizeAuthor)), error };
}

function validate(data: unknown): string[] | null {
  if (!Array.isArray(data)) return null;
  const names = data.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return names.slice(0, MAX_MUTED);
}

/** Muted commenters, kept in this browser (localStorage) and shared by every caller on the page. */
export function createMuteStore() {
  let snapshot: MuteSnapshot | null = null;
  const listeners = new Set<() => void>();
  const current = (): MuteSnapshot =>
    (snapshot ??= snapshotOf(readVersioned(KEY, VERSION, validate).value ?? [], null));
  const write = (names: readonly string[]) => {
    const saved = writeVersioned(KEY, VERSION, names);
    snapshot = snapshotOf(names, saved.ok ? null : saved.error.message);
    for (const l of listeners) l();
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: current,
    mute(name: string) {
      const names = current().names;
      if (current().keys.has(normalizeAuthor(name))) return;
      write([...names, name.trim()]);
    },
    unmute(name: string) {
      const key = normalizeAuthor(name);
      write(current().names.filter((n) => normalizeAuthor(n) !== key));
    },
  };
}

export type MuteStore = ReturnType<typeof createMuteStore>;

export const defaultMuteStore: MuteStore = createMuteStore();
