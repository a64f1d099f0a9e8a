import { useEffect, useReducer, useState } from 'react';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { MutedWordHits, scanMutedWords } from '../../core/view/muted-words.ts';

export interface MutedWordState {
  /** Comments that mention a muted word; null while none can be told yet (see useMutedWordHits). */
  readonly hits: MutedWordHits | null;
  readonly error: Error | null;
}

/** A finished scan (or nothing muted), and the articles it read. */
interface Scanned {
  readonly slugs: ReadonlySet<string>;
  readonly hits: MutedWordHits;
}

const NONE: MutedWordHits = new Map();
/** Comments read per task: 10–20 ms at the bench dump's 370 characters a comment. */
const SLICE = 5_000;
/** Loaded once, when first needed: the first view (held to a byte budget) does without. */
let loaded: typeof scanMutedWords | null = null;
let loading: Promise<unknown> | null = null;

/**
 * Loads the matcher. The mute form asks as it opens, so that the word the reader types there is
 * looked for at once, without the comments being held back (and the list redrawn) while it loads.
 */
export function loadMutedWords(): Promise<unknown> {
  loading ??= import('../../core/view/muted-words.ts').then(
    (m) => (loaded = m.scanMutedWords),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * The comments of `articles` that mention one of `words`, read a slice per task (at 50,000
 * comments one pass was a 250–370 ms task in Chromium). Until a pass over these articles and words
 * ends, the last pass's hits stand if it read every article shown (a newly muted word takes hold
 * a moment later; a tree replaced by its stances has the same comments), and so does "nothing
 * hidden" for the articles shown while nothing was muted; otherwise `hits` is null, so the page
 * holds the comments back rather than show a muted one (a load with words muted before).
 */
export function useMutedWordHits(
  articles: readonly ArticleIndex[],
  words: readonly string[],
): MutedWordState {
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const [error, setError] = useState<Error | null>(null);
  const [scanned, setScanned] = useState<Scanned | null>(null);
  const wanted = words.length > 0;
  const scan = loaded;
  const read = scanned !== null && articles.every((a) => scanned.slugs.has(a.slug));
  // With nothing muted, the articles shown count as read, with no hits: a first word muted over
  // them is then looked for the way a further word is, nothing hidden meanwhile (holding every
  // comment back blanked the list for the 0.2–0.3 s a 50,000-comment dump takes). Set while
  // rendering (React's pattern for keeping what an earlier render saw): no extra commit.
  if (!wanted && !(read && scanned.hits === NONE)) {
    setScanned({ slugs: new Set(articles.map((a) => a.slug)), hits: NONE });
  }
  useEffect(() => {
    if (!wanted || scan !== null) return undefined;
    let live = true;
    loadMutedWords().then(
      () => live && arrived(),
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [wanted, scan]);
  useEffect(() => {
    if (!wanted || scan === null) return undefined;
    const pass = scan(articles, words);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      if (!pass.step(SLICE)) timer = setTimeout(run, 0);
      else setScanned({ slugs: new Set(articles.map((a) => a.slug)), hits: pass.hits });
    };
    run();
    return () => clearTimeout(timer);
  }, [wanted, scan, articles, words]);
  if (!wanted) return { hits: NONE, error: null };
  // A matcher that cannot load has read nothing: the comments stay back, and the page says why.
  return read && error === null ? { hits: scanned.hits, error: null } : { hits: null, error };
}
