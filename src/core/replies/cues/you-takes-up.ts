import type { PreparedDump } from './prepare-dump.ts';
import { sharesRare } from './reach-back.ts';

/**
 * How far up past a new subject a "you" that takes up a comment's words may reach: as far as the
 * answer to a question still open may come (`OPEN_QUESTION_REACH`), pages written in time order
 * putting other conversations between a remark and its rebuttal. None of the comments since may
 * share a rare word with the reply, so that nearer talk on the same subject keeps it.
 */
const YOU_REACH = 8;

/**
 * "A permit lottery would have been fine with me too. You're not the problem.": the comment before
 * the current thread's root `threadRoot`, at most YOU_REACH above reply `i`, whose rare words the
 * reply takes up when none of the comments after it share one: its writer is the "you". Null when
 * there is none.
 */
export function youTakesUp(dump: PreparedDump, i: number, threadRoot: number): number | null {
  for (let k = threadRoot; k < i; k++) if (sharesRare(dump, i, k)) return null;
  for (let j = threadRoot - 1; j >= Math.max(0, i - YOU_REACH); j--) {
    if (sharesRare(dump, i, j)) return j;
  }
  return null;
}
