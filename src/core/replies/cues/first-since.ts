import type { ReplyGuess } from '../../types.ts';
import type { PreparedDump } from './prepare-dump.ts';

/**
 * Is comment `i` its author's first comment since comment `j`? Given `guesses`, their own replies to
 * `j` do not count: "A survey. Of course it is. Thanks." under an answer, and fifteen comments on,
 * "Still, I'd like to see the zoo's own numbers, not someone's cousin's." comes back to it.
 */
export function firstSince(
  dump: PreparedDump,
  i: number,
  j: number,
  guesses?: readonly ReplyGuess[],
): boolean {
  const key = dump.comments[i]?.authorKey;
  for (let k = j + 1; k < i; k++) {
    if (dump.comments[k]?.authorKey === key && guesses?.[k]?.parentIndex !== j) return false;
  }
  return true;
}
