import { foldWords } from './fold-words.ts';
import { FIELD_COUNT, FIELDS, type TermIndex } from './term-index.ts';

// Typo tolerance: round(0.2 × length) edits, at most 2, from 4 letters ("sanctoins" → "sanctions").
// Shorter terms stay exact: one edit on "war" would also match "was"…
const FUZZY_MIN_LENGTH = 4;
const FUZZY = 0.2;
const MAX_FUZZY = 2;
// A one-letter prefix would expand to every word starting with it (a quarter of the vocabulary for
// "s"): one letter matches only itself until a second is typed.
export const PREFIX_MIN_LENGTH = 2;
// MiniSearch's weights and BM25+ parameters, kept so rankings stay as they were.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
// A name in the author field is a stronger signal than the same word in a body.
const BOOST: Readonly<Record<(typeof FIELDS)[number], number>> = {
  author: 2,
  location: 1.2,
  body: 1,
};
// In the order of a posting's field code.
const FIELD_BOOST = FIELDS.map((field) => BOOST[field]);

/** One dictionary term a query term reached, and how much a match on it counts. */
export interface Expansion {
  readonly term: string;
  readonly id: number;
  readonly weight: number;
}

function expand(index: TermIndex, term: string): Expansion[] {
  const out: Expansion[] = [];
  const exact = index.terms.get(term);
  if (exact !== undefined) out.push({ term, id: exact, weight: 1 });
  const seen = new Set<string>([term]);
  if (term.length >= PREFIX_MIN_LENGTH) {
    for (const [found, id] of index.terms.atPrefix(term)) {
      if (seen.has(found)) continue;
      seen.add(found);
      const distance = found.length - term.length;
      out.push({
        term: found,
        id,
        weight: (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * distance),
      });
    }
  }
  if (term.length >= FUZZY_MIN_LENGTH) {
    const maxDistance = Math.min(MAX_FUZZY, Math.round(term.length * FUZZY));
    for (const [found, [id, distance]] of index.terms.fuzzyGet(term, maxDistance)) {
      if (seen.has(found) || distance === 0) continue;
      out.push({
        term: found,
        id,
        weight: (FUZZY_WEIGHT * found.length) / (found.length + distance),
      });
    }
  }
  return out;
}

/** A query's per-document tallies, valid until the next query on the same index. */
export interface ScoredQuery {
  /** The query's words, folded (a repeated word counts again). */
  readonly words: readonly string[];
  /** Every dictionary term the words reached; bit b of a mask stands for expansion b. */
  readonly expansions: readonly Expansion[];
  readonly scores: Float64Array;
  /** How many of the words (in order) document d matched: all of them when `words.length`. */
  readonly matched: Uint16Array;
  /** Bit b of a document's mask: it holds expansion b (the last bit stands for "one of the rest"). */
  readonly masks: Uint32Array;
}

/**
 * Scores the documents holding every word of `query` (a word matches itself, longer words it
 * begins, and words a typo or two away) by BM25+ over author, location and body, into typed
 * arrays: no object per matching comment. Null when the query has no words.
 */
export function scoreQuery(
  index: TermIndex,
  query: string,
  opts: { readonly article?: string } = {},
): ScoredQuery | null {
  const words = foldWords(query);
  const n = index.docs.length;
  if (words.length === 0 || n === 0) return null;
  const { scores, matched, masks } = scratchOf(index);
  const expansions: Expansion[] = [];
  const { offsets, postings, frequencies, fieldDocs, fieldLength, averageFieldLength } = index;
  const article = opts.article;
  const weighted = new Float64Array(FIELD_COUNT);
  const lengthScale = averageFieldLength.map((avg) => (avg > 0 ? BM25_B / avg : 0));
  for (let w = 0; w < words.length; w++) {
    for (const e of expand(index, words[w] ?? '')) {
      const bit = 1 << Math.min(expansions.length, 31);
      expansions.push(e);
      // Per field: the weighted IDF, and the length term's two parts, once per expansion.
      for (let f = 0; f < FIELD_COUNT; f++) {
        const df = fieldDocs[e.id * FIELD_COUNT + f] ?? 0;
        weighted[f] = e.weight * (FIELD_BOOST[f] ?? 1) * Math.log(1 + (n - df + 0.5) / (df + 0.5));
      }
      const end = offsets[e.id + 1] ?? 0;
      for (let p = offsets[e.id] ?? 0; p < end; p++) {
        const posting = postings[p] ?? 0;
        const d = posting >> 2;
        const done = matched[d] ?? 0;
        // Every word must match (AND): a document that missed an earlier word is out.
        if (done < w) continue;
        if (article !== undefined && index.docs[d]?.article !== article) continue;
        const f = posting & 3;
        const tf = frequencies[p] ?? 0;
        const lengthNorm =
          BM25_K * (1 - BM25_B + (lengthScale[f] ?? 0) * (fieldLength[d * FIELD_COUNT + f] ?? 0));
        scores[d] =
          (scores[d] ?? 0) +
          (weighted[f] ?? 0) * (BM25_D + (tf * (BM25_K + 1)) / (tf + lengthNorm));
        if (done === w) matched[d] = w + 1;
        masks[d] = (masks[d] ?? 0) | bit;
      }
    }
  }
  return { words, expansions, scores, matched, masks };
}

interface Scratch {
  readonly scores: Float64Array;
  readonly matched: Uint16Array;
  /** Bit b of a document's mask: it holds expansion b (the last bit stands for "one of the rest"). */
  readonly masks: Uint32Array;
}

// One set of per-document arrays per index, cleared per query: a fresh 0.7 MB per keystroke at 50k
// comments was mostly garbage-collector work.
const scratches = new WeakMap<TermIndex, Scratch>();

function scratchOf(index: TermIndex): Scratch {
  const n = index.docs.length;
  let s = scratches.get(index);
  if (s === undefined) {
    s = { scores: new Float64Array(n), matched: new Uint16Array(n), masks: new Uint32Array(n) };
    scratches.set(index, s);
  } else {
    s.scores.fill(0);
    s.matched.fill(0);
    s.masks.fill(0);
  }
  return s;
}
