import { opensToAnother } from './opens-to-another.ts';
import type { PreparedDump } from './prepare-dump.ts';

/** How many content stems of comment `i` comment `j` also uses. */
function shared(dump: PreparedDump, i: number, j: number): number {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  if (reply === undefined || cand === undefined) return 0;
  let n = 0;
  for (const stem of reply.stems) if (cand.stemSet.has(stem)) n += 1;
  return n;
}

/**
 * "What Dr. Demir said earlier about the range costs": the name says whose comment is echoed, the
 * words say which one. Among the comments of `chosen`'s author from `from` on, the one sharing the
 * most content words with reply `i`: `chosen` (the best-scored) unless another shares strictly more.
 * When two share as many words, a point the author made to the page beats one they addressed to
 * another commenter ("Pat, it's in the heat report"): a third reader who echoes the author is
 * echoing the claim, not the answer given to someone else.
 */
export function whichStatement(
  dump: PreparedDump,
  i: number,
  chosen: number,
  from: number,
): number {
  const author = dump.comments[chosen]?.authorKey ?? null;
  if (author === null) return chosen;
  let best = chosen;
  let most = shared(dump, i, chosen);
  let bestToAnother: boolean | null = null;
  const toAnother = (j: number): boolean => opensToAnother(dump, j, from);
  for (let j = i - 1; j >= Math.max(0, from); j--) {
    if (j === chosen || dump.comments[j]?.authorKey !== author) continue;
    const n = shared(dump, i, j);
    if (n < most || n === 0) continue;
    if (n === most) {
      // Read lazily: only a tie on shared words asks whom the comments were written to.
      bestToAnother ??= toAnother(best);
      if (!bestToAnother || toAnother(j)) continue;
    }
    best = j;
    most = n;
    bestToAnother = null;
  }
  return best;
}
