import { scoreQuery } from './score-query.ts';
import type { TermIndex } from './term-index.ts';

/** Every document a query matches, unranked, and the terms it reached in them. */
export interface QueryMatches {
  /** Document ordinals, ascending: the order the comments have in their dump. */
  readonly docs: Int32Array;
  /** The dictionary terms found in at least one matching document, for `highlightRanges`. */
  readonly terms: string[];
}

const NONE: QueryMatches = { docs: new Int32Array(0), terms: [] };

/**
 * What the page needs of a search: which comments match and what to mark in them. The page orders
 * hits by the thread, never by score, so nothing is sorted; and one list of terms for the whole
 * answer replaces a list per hit, which for a two-letter prefix ("sa": 25,000 hits, hundreds of
 * expansions) cost more than the search itself. Marking a comment with every term is the same as
 * marking it with its own: a term it lacks occurs nowhere in it.
 */
export function matchQuery(index: TermIndex, query: string): QueryMatches {
  const scored = scoreQuery(index, query);
  if (scored === null) return NONE;
  const { words, expansions, matched, masks } = scored;
  const need = words.length;
  let total = 0;
  for (let d = 0; d < matched.length; d++) if (matched[d] === need) total++;
  const docs = new Int32Array(total);
  let reached = 0;
  for (let d = 0, i = 0; d < matched.length; d++) {
    if (matched[d] !== need) continue;
    docs[i++] = d;
    reached |= masks[d] ?? 0;
  }
  const terms = new Set<string>();
  expansions.forEach((e, b) => {
    // Bit 31 stands for every expansion from the 32nd on: keep them all (marking is by token).
    if (reached & (1 << Math.min(b, 31))) terms.add(e.term);
  });
  return { docs, terms: [...terms] };
}
