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
  for (let j = i - 1; j >= Math.max(0, from); j--) {
    if (j === chosen || dump.comments[j]?.authorKey !== author) continue;
    const n = shared(dump, i, j);
    if (n > most) {
      best = j;
      most = n;
    }
  }
  return best;
}
