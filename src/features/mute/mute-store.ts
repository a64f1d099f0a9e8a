import { normalizeAuthor } from '../../core/article/normalize-author.ts';
import { readVersioned, writeVersioned } from '../../shared/storage/versioned-storage.ts';

const KEY = 'thread-explorer:muted';
// Words live under their own key: a browser that saved only commenters keeps them as they were.
const WORDS_KEY = 'thread-explorer:muted-words';
const VERSION = 1;
// Far more than anyone mutes by hand; a bound keeps a tampered entry from costing anything.
const MAX_MUTED = 1000;

export interface MuteSnapshot {
  /** Display names in the order they were muted. */
  readonly names: readonly string[];
  /** The same, normalised as the view's author filter compares them. */
  readonly keys: ReadonlySet<string>;
  /** Muted words and phrases, as typed, in the order they were muted. */
  readonly words: readonly string[];
  /** Saving failed; the mutes still hold for this visit. */
  readonly error: string | null;
}

function snapshotOf(
  names: readonly string[],
  words: readonly string[],
  error: string | null,
): MuteSnapshot {
  return { names, keys: new Set(names.map(normalizeAuthor)), words, error };
}

const sameWord = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function validate(data: unknown): string[] | null {
  if (!Array.isArray(data)) return null;
  const names = data.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return names.slice(0, MAX_MUTED);
}

/**
 * Muted commenters and words, kept in this browser (localStorage) and shared by every caller on
 * the page.
 */
export function createMuteStore() {
  let snapshot: MuteSnapshot | null = null;
  const listeners = new Set<() => void>();
  const current = (): MuteSnapshot =>
    (snapshot ??= snapshotOf(
      readVersioned(KEY, VERSION, validate).value ?? [],
      readVersioned(WORDS_KEY, VERSION, validate).value ?? [],
      null,
    ));
  const write = (names: readonly string[], words: readonly string[]) => {
    const saved = [writeVersioned(KEY, VERSION, names), writeVersioned(WORDS_KEY, VERSION, words)];
    const error = saved.flatMap((r) => (r.ok ? [] : [r.error.message]))[0] ?? null;
    snapshot = snapshotOf(names, words, error);
    for (const l of listeners) l();
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: current,
    mute(name: string) {
      const { names, keys, words } = current();
      if (keys.has(normalizeAuthor(name))) return;
      write([...names, name.trim()], words);
    },
    unmute(name: string) {
      const key = normalizeAuthor(name);
      const { names, words } = current();
      write(
        names.filter((n) => normalizeAuthor(n) !== key),
        words,
      );
    },
    muteWord(word: string) {
      const { names, words } = current();
      if (word.trim() === '' || words.some((w) => sameWord(w, word))) return;
      write(names, [...words, word.trim()]);
    },
    unmuteWord(word: string) {
      const { names, words } = current();
      write(
        names,
        words.filter((w) => !sameWord(w, word)),
      );
    },
  };
}

export type MuteStore = ReturnType<typeof createMuteStore>;

export const defaultMuteStore: MuteStore = createMuteStore();
