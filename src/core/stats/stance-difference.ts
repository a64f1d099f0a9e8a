import type { StanceLabel } from '../types.ts';
import type { StanceMix } from './compute-stats.ts';
import { STANCE_LABELS } from '../stance/stance-labels.ts';

/** An interval with its point estimate; all three are proportions or differences of them. */
export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

export interface StanceDifference {
  readonly label: StanceLabel;
  readonly shareA: number;
  readonly shareB: number;
  /** shareA − shareB with its 95% interval; null when a side has no comments. */
  readonly difference: Interval | null;
}

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** Wilson's score interval for k of n (null for n = 0). */
export function wilson(k: number, n: number, z = Z95): Interval | null {
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The difference of two independent proportions kA/nA − kB/nB with Newcombe's hybrid score
 * interval (Newcombe 1998, method 10), built from each side's Wilson interval. Not Wald: with the
 * antiwar.com seed's 24 comments, or a share near 0 or 1 after a filter, Wald's interval is too
 * narrow (its coverage falls well under 95%) and can leave [−1, 1]; Newcombe's keeps close to 95%
 * and inside the range.
 */
export function newcombeDifference(
  kA: number,
  nA: number,
  kB: number,
  nB: number,
  z = Z95,
): Interval | null {
  const a = wilson(kA, nA, z);
  const b = wilson(kB, nB, z);
  if (a === null || b === null) return null;
  const d = a.estimate - b.estimate;
  return {
    estimate: d,
    low: d - Math.sqrt((a.estimate - a.low) ** 2 + (b.high - b.estimate) ** 2),
    high: d + Math.sqrt((a.high - a.estimate) ** 2 + (b.estimate - b.low) ** 2),
  };
}

/** Per stance label: each side's share of its comments, and the difference A − B with its 95% CI. */
export function stanceDifference(a: StanceMix, b: StanceMix): StanceDifference[] {
  const nA = a.support + a.oppose + a.neutral;
  const nB = b.support + b.oppose + b.neutral;
  return STANCE_LABELS.map((label) => ({
    label,
    shareA: nA === 0 ? 0 : a[label] / nA,
    shareB: nB === 0 ? 0 : b[label] / nB,
    difference: newcombeDifference(a[label], nA, b[label], nB),
  }));
}
