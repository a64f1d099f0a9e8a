import { compareText } from '../text/compare-text.ts';
import type { WordCounts } from './word-counts.ts';

/** One word's score: δ > 0 (and z > 0) leans to side A, < 0 to side B. */
export interface WordScore {
  readonly word: string;
  readonly countA: number;
  readonly countB: number;
  /** Weighted log-odds ratio δ̂ (A over B) under the prior. */
  readonly delta: number;
  /** δ̂ / √σ̂²(δ̂): how many standard errors the difference is from none. */
  readonly z: number;
}

/** α₀ as a share of the smaller side's word total when not given (see `alpha0`). */
const DEFAULT_PRIOR_SHARE = 0.1;

export interface FightinWordsOptions {
  /**
   * α₀, the prior's total pseudo-count. The prior is the pooled word frequencies of both sides
   * scaled to α₀ (Monroe et al.'s informative Dirichlet prior, §3.5.3). Default: a tenth of the
   * smaller side's word total, so the prior weighs at most a tenth as much as either side's data.
   * A prior as heavy as the data hides real differences: on the two seeds "syria" (58 NYT, 0
   * antiwar.com) would score z = 1.0 instead of 2.0. Scaled to the pooled total instead, it drowned
   * the smaller side of a lopsided comparison: a 50,000-comment dump against a 135-comment seed had
   * no word at |z| ≥ 1.96 ("syria", 11,709 / 58, z 0.8); scaled to the smaller side, 4.6.
   */
  readonly alpha0?: number;
}

/**
 * Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
 * Words", eq. 16 and 18), every word of either side, sorted by z from most A to most B:
 *
 *   α_w  = α₀ · (yA_w + yB_w) / (nA + nB)
 *   δ_w  = ln((yA_w + α_w) / (nA + α₀ − yA_w − α_w)) − ln((yB_w + α_w) / (nB + α₀ − yB_w − α_w))
 *   σ²_w ≈ 1 / (yA_w + α_w) + 1 / (yB_w + α_w)
 *   z_w  = δ_w / √σ²_w
 */
export function fightinWords(
  a: WordCounts,
  b: WordCounts,
  opts: FightinWordsOptions = {},
): WordScore[] {
  const pooled = a.total + b.total;
  if (pooled === 0) return [];
  // One empty side leaves the pooled total to scale the prior (nothing is compared then anyway).
  const smaller = Math.min(a.total, b.total) || pooled;
  const alpha0 = opts.alpha0 ?? smaller * DEFAULT_PRIOR_SHARE;
  const words = new Set([...a.counts.keys(), ...b.counts.keys()]);
  const scores: WordScore[] = [];
  for (const word of words) {
    const ya = a.counts.get(word) ?? 0;
    const yb = b.counts.get(word) ?? 0;
    const alpha = (alpha0 * (ya + yb)) / pooled;
    // (n − y) + (α₀ − α): exactly 0 for a side's only word, where n + α₀ − y − α rounds to 1e-16.
    const delta =
      Math.log((ya + alpha) / (a.total - ya + (alpha0 - alpha))) -
      Math.log((yb + alpha) / (b.total - yb + (alpha0 - alpha)));
    const variance = 1 / (ya + alpha) + 1 / (yb + alpha);
    // A vocabulary of one word leaves nothing to compare it with (0 / 0 odds): no score.
    if (!Number.isFinite(delta)) continue;
    scores.push({ word, countA: ya, countB: yb, delta, z: delta / Math.sqrt(variance) });
  }
  // Ties (same z) fall back to the word, so the table is the same on every run.
  return scores.sort((x, y) => y.z - x.z || compareText(x.word, y.word));
}

/**
 * A word marks a side only if that side used it this often. Once or twice in the smaller side of a
 * lopsided comparison scores high ("enlarge", once in a 135-comment seed and once in 50,000
 * comments: z 4.1, third of the seed's list): unlikely one word at a time, bound to happen among
 * thousands.
 */
const MIN_USES = 3;

/** The `limit` words most distinctive of each side: A's by z descending, B's by z ascending. */
export function topDistinctive(
  scores: readonly WordScore[],
  limit: number,
): { readonly a: readonly WordScore[]; readonly b: readonly WordScore[] } {
  return {
    a: scores.filter((s) => s.z > 0 && s.countA >= MIN_USES).slice(0, limit),
    b: scores
      .filter((s) => s.z < 0 && s.countB >= MIN_USES)
      .slice(-limit)
      .reverse(),
  };
}
