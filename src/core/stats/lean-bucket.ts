import type { StanceLabel } from '../types.ts';

export type LeanBucket =
  'mostly-support' | 'leans-support' | 'mixed' | 'leans-oppose' | 'mostly-oppose' | 'none';

/** Lean strictly beyond this is "mostly": more than half of all comments' net weight one way. */
const MOSTLY = 0.5;
/** Lean strictly beyond this is "leans": one stray label among a handful stays "mixed". */
const LEANS = 0.15;

/** (support − oppose) / all comments, in [−1, 1]; 0 for none. */
export function leanOf(mix: Readonly<Record<StanceLabel, number>>): number {
  const total = mix.support + mix.oppose + mix.neutral;
  return total === 0 ? 0 : (mix.support - mix.oppose) / total;
}

/**
 * The lean class of a stance mix. The cut-offs apply to |lean| so both directions are the same
 * test: 1 oppose + 1 neutral and 1 support + 1 neutral land in mirror classes.
 */
export function leanBucket(mix: Readonly<Record<StanceLabel, number>> | null): LeanBucket {
  if (mix === null || mix.support + mix.oppose + mix.neutral === 0) return 'none';
  const lean = leanOf(mix);
  const size = Math.abs(lean);
  if (size > MOSTLY) return lean > 0 ? 'mostly-support' : 'mostly-oppose';
  if (size > LEANS) return lean > 0 ? 'leans-support' : 'leans-oppose';
  return 'mixed';
}
