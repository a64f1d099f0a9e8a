import { holdsTerm, type TermIndex } from './term-index.ts';
import { scoreQuery, type Expansion } from './score-query.ts';
import { topK } from './top-k.ts';

/** A ranked answer: document ordinals best first, their scores, and how many matched in all. */
export interface RankedQuery {
  readonly total: number;
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  /** The document terms that matched in the i-th ranked document (for highlighting). */
  termsOf(i: number): string[];
}

export interface RankOptions {
  /** Only documents whose `article` is this. */
  readonly article?: string;
  /** At most this many ranked documents (all when absent); `total` still counts every match. */
  readonly limit?: number;
}

const EMPTY: RankedQuery = {
  total: 0,
  docs: new Int32Array(0),
  scores: new Float64Array(0),
  termsOf: () => [],
};

/**
 * The documents holding every word of `query`, best first by BM25+ (see scoreQuery); only the
 * `limit` best are sorted.
 */
export function rankQuery(index: TermIndex, query: string, opts: RankOptions = {}): RankedQuery {
  const scored = scoreQuery(
    index,
    query,
    opts.article === undefined ? {} : { article: opts.article },
  );
  if (scored === null) return EMPTY;
  const { words, expansions, scores, matched, masks } = scored;
  return collect(index, words, expansions, scores, matched, masks, opts.limit);
}

function collect(
  index: TermIndex,
  words: readonly string[],
  expansions: readonly Expansion[],
  scores: Float64Array,
  matched: Uint16Array,
  masks: Uint32Array,
  limit: number | undefined,
): RankedQuery {
  const need = words.length;
  let total = 0;
  for (let d = 0; d < matched.length; d++) if (matched[d] === need) total++;
  const hits = new Int32Array(total);
  for (let d = 0, i = 0; d < matched.length; d++) if (matched[d] === need) hits[i++] = d;
  // Each distinct query word multiplies the score, as MiniSearch's "quality" does.
  const quality = new Set(words).size;
  const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
  const k = Math.min(limit ?? total, total);
  const docs = k < total / 4 ? topK(hits, k, byScore) : hits.sort(byScore).subarray(0, k);
  const ranked = Float64Array.from(docs, (d) => (scores[d] ?? 0) * quality);
  const hitMasks = Uint32Array.from(docs, (d) => masks[d] ?? 0);
  return {
    total,
    docs,
    scores: ranked,
    termsOf(i) {
      const d = docs[i] ?? -1;
      const mask = hitMasks[i] ?? 0;
      const out = new Set<string>();
      expansions.forEach((e, b) => {
        if (b < 31 ? mask & (1 << b) : mask & (1 << 31) && holdsTerm(index, e.id, d))
          out.add(e.term);
      });
      return [...out];
    },
  };
}
