import type { ReplyGuess } from '../../types.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { sharedPhrases } from './shared-phrases.ts';
import { overlap } from './which-statement.ts';

const NO_SUBJECT: ReadonlySet<string> = new Set();

/**
 * "Drew: looked it up.": a reply that speaks to a commenter with several comments above answers the
 * one that was written to its own author ("Mark, … Look it up."), not their latest to someone else.
 * Returns that comment's index, or `chosen` when it was written to the author, none was, or the
 * reply shares more words with `chosen`.
 */
export function answerToMe(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  chosen: number,
  from: number,
): number {
  const me = dump.comments[i]?.authorKey ?? null;
  const them = dump.comments[chosen]?.authorKey ?? null;
  if (me === null || them === null) return chosen;
  const wroteToMe = (j: number): boolean => {
    const g = guesses[j];
    return g != null && dump.comments[g.parentIndex]?.authorKey === me;
  };
  if (wroteToMe(chosen)) return chosen;
  // Words still decide: "Sgt. Pruitt, refunds for pass holders…" takes up his latest comment; so
  // do a phrase or a figure picked up ("Margaret, per open hour is a good argument").
  const reply = dump.comments[i];
  const shared = (j: number): number => {
    const cand = dump.comments[j];
    const phrases = reply === undefined || cand === undefined ? 0 : sharedPhrases(reply, cand);
    return overlap(dump, i, j, NO_SUBJECT).words + phrases;
  };
  for (let j = chosen - 1; j >= Math.max(0, from); j--) {
    if (dump.comments[j]?.authorKey === them && wroteToMe(j)) {
      return shared(j) >= shared(chosen) ? j : chosen;
    }
  }
  return chosen;
}
