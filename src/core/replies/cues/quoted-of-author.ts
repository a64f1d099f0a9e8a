import type { PreparedDump } from './prepare-dump.ts';
import { quotesEarlier } from './quotes-earlier.ts';

/**
 * Comment `j` or else the nearest by its author, between `from` and reply `i`, that the reply quotes
 * ("@Rosa about "only on weekdays": …" answers the comment of hers holding those words, though
 * her latest is about something else); null when it quotes none of theirs.
 */
export function quotedOfAuthor(
  dump: PreparedDump,
  i: number,
  j: number,
  from: number,
): number | null {
  const reply = dump.comments[i];
  const key = dump.comments[j]?.authorKey ?? null;
  if (reply === undefined || key === null || reply.quotedSpans.length === 0) return null;
  // Scratch flags: which quotation some comment holds is the caller's business, not asked here.
  const found = reply.quotedSpans.map(() => false);
  const quotes = (k: number): boolean => {
    const cand = dump.comments[k];
    return cand?.authorKey === key && quotesEarlier(reply, cand, '', found) !== null;
  };
  // The comment chosen may hold the words too (two of theirs repeating a phrase): it stays.
  if (quotes(j)) return j;
  for (let k = i - 1; k >= Math.max(0, from); k--) if (k !== j && quotes(k)) return k;
  return null;
}
