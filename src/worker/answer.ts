import { matchQuery } from '../core/search/match-query.ts';
import { phraseDocs } from '../core/search/phrase-docs.ts';
import { placeText } from '../core/search/search-docs.ts';
import { searchPhrases } from '../core/search/search-phrases.ts';
import type { StanceLabel } from '../core/types.ts';
import type { LearnedStance } from '../core/stance/learn-stance.ts';
import type { DumpOpener } from './dump-opener.ts';
import type { DumpHits, SearchAnswer } from './protocol.ts';

/** The answering half of the engine: searches and learning over the dumps the opener holds. */
export interface Answerer {
  /** Matches in `hashes` order, or null when a newer search or a cancel made this one stale. */
  search(id: number, query: string, hashes: readonly string[]): Promise<SearchAnswer | null>;
  /** Cancels search `id` if it is still running; false when no such search runs. */
  cancel(id: number): boolean;
  learn(
    hash: string,
    labels: readonly (readonly [string, StanceLabel])[],
  ): Promise<[string, LearnedStance][]>;
}

const NO_DOCS = new Int32Array(0);

/** Work done between two looks at the message queue, at most (beyond one dump's search). */
const YIELD_MS = 30;

/** Lets messages queued meanwhile (a newer query, a cancel) be received before going on. */
const nextMacrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The page asks one question at a time, so the newest search supersedes every older one. Staleness
 * is checked before each dump's search and before the answer goes out, after a macrotask that lets
 * queued messages (the newer query, a cancel) in. One dump's search is a few ms even at 50k
 * comments (a typed-array scorer), so it is not cut further.
 */
export function createAnswerer(dumps: DumpOpener): Answerer {
  let latest = 0;
  const running = new Set<number>();
  const cancelled = new Set<number>();
  const stale = (id: number): boolean => id !== latest || cancelled.has(id);

  async function search(
    id: number,
    query: string,
    hashes: readonly string[],
  ): Promise<SearchAnswer | null> {
    const dumpsHit: DumpHits[] = [];
    const terms = new Set<string>();
    const { loose, phrases } = searchPhrases(query);
    let yielded = -Infinity;
    const entries = await Promise.all(hashes.map((hash) => dumps.settled(hash)));
    // An index is built after its dump's stances, which wait to be asked for: ask for all at once.
    for (const entry of entries) entry?.ask();
    for (const [i, hash] of hashes.entries()) {
      const entry = entries[i];
      const pending = entry?.search;
      if (entry === undefined || pending == null) continue;
      const index = await pending;
      // A macrotask, not a microtask, lets a newer query typed meanwhile in first. Timers nest,
      // and nested ones wait 4 ms: cheap searches go on without one until YIELD_MS has passed.
      if (performance.now() - yielded >= YIELD_MS) {
        await nextMacrotask();
        yielded = performance.now();
        if (stale(id)) return null;
      }
      // The index's documents are the dump's comments in order (openIndex): ordinals are positions.
      const found = loose === null ? null : matchQuery(index.terms, loose);
      const comments = entry.opened.ok ? entry.opened.value.doc.comments : [];
      // Quoted phrases narrow the other words' hits (or stand alone): search-phrases.ts.
      const at =
        phrases.length === 0
          ? (found?.docs ?? NO_DOCS)
          : phraseDocs(index.terms, phrases, found?.docs ?? null, (d) => {
              const c = comments[d];
              return c === undefined ? [] : [c.author, placeText(c.location), c.body];
            });
      if (at.length === 0) continue;
      dumpsHit.push({ hash, at });
      for (const t of found?.terms ?? []) terms.add(t);
      // A phrase is one term of several words: marked where they stand together
      // (highlight-ranges.ts), not word by word, nor with words they would reach by a typo. Once
      // closed it is in quotes: its last word is then marked whole only, as it was matched.
      for (const p of phrases) {
        const words = p.tokens.join(' ');
        terms.add(p.open ? words : `"${words}"`);
      }
    }
    await nextMacrotask();
    return stale(id) ? null : { dumps: dumpsHit, terms: [...terms] };
  }

  return {
    async search(id, query, hashes) {
      latest = Math.max(latest, id);
      running.add(id);
      try {
        return await search(id, query, hashes);
      } finally {
        running.delete(id);
        cancelled.delete(id);
      }
    },
    cancel(id) {
      if (!running.has(id)) return false;
      cancelled.add(id);
      return true;
    },
    async learn(hash, labels) {
      // Learned from the machine's stances, which a dump has only once they are read (and asked).
      const opened = await dumps.stanced(hash, () => undefined);
      const comments = opened?.ok === true ? opened.value.doc.comments : [];
      // Loaded with the first label: the learner is stance code, outside the worker's start-up.
      const { learnForDump } = await import('./learn-for-dump.ts');
      return learnForDump(comments, labels);
    },
  };
}
