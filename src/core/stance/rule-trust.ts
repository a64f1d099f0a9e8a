import type { StanceLabel } from '../types.ts';
import type { LearnInput } from './stance-features.ts';

/** Pseudo-counts of the starting share: two labels cannot swing the share to 0 or 1. */
const PRIOR_COUNT = 2;

/**
 * How far the reader's labels bear out the rules' "no cue fired, so neutral" on this dump, in
 * (0, 1): the share of such comments the reader also called neutral, smoothed towards `prior`. On a
 * dump the cues read well nearly all of them are neutral; on one they miss, half are positions no
 * cue knew, and as pseudo-labels they would teach those positions' words as neutral.
 */
export function neutralTrust(
  inputs: readonly LearnInput[],
  readerLabels: ReadonlyMap<number, StanceLabel>,
  prior: number,
): number {
  let agreed = 0;
  let seen = 0;
  for (const [i, label] of readerLabels) {
    const m = inputs[i]?.machine;
    if (!m || m.label !== 'neutral' || m.cues.length > 0) continue;
    seen += 1;
    if (label === 'neutral') agreed += 1;
  }
  return (agreed + PRIOR_COUNT * prior) / (seen + PRIOR_COUNT);
}
