import type { ReplyGuess } from '../../types.ts';
import { concedes } from './concedes.ts';
import { opensWithThanks } from './opens-with-thanks.ts';
import { shortReaction } from './short-reaction.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { sharedPhrases } from './shared-phrases.ts';
import { takesInNews } from './takes-in-news.ts';
import { overlap } from './which-statement.ts';

const NO_SUBJECT: ReadonlySet<string> = new Set();
/** The name a reply opens on, set off by a comma or colon ("Ken, fair enough"). */
const NAME_FIRST = /^[^\s,:]+(?:\s[^\s,:]+){0,2}[,:]\s*/u;
/** Thanks in the first words, before or after the name ("Thanks, Ken", "Ken, thank you"). */
const THANKS_NAMED = /^[^.!?]{0,40}\bthank(?:s|\s+you)\b/iu;

/**
 * "Drew: looked it up.": a reply that speaks to a commenter with several comments above answers the
 * one that was written to its own author ("Mark, … Look it up."), not their latest to someone else.
 * Returns that comment's index, or `chosen` when it was written to the author, none was, or the
 * reply shares more words with `chosen`. When none was and the reply shares no word with `chosen`,
 * an earlier comment of theirs sharing two or more is the one taken up.
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
  // Words still decide: "Sgt. Pruitt, refunds for pass holders…" takes up his latest comment; so
  // do a phrase or a figure picked up ("Margaret, per open hour is a good argument").
  const reply = dump.comments[i];
  const shared = (j: number): number => {
    const cand = dump.comments[j];
    const phrases = reply === undefined || cand === undefined ? 0 : sharedPhrases(reply, cand);
    return overlap(dump, i, j, NO_SUBJECT).words + phrases;
  };
  // "Ken, fair enough.": ground given is given to the latest turn of theirs to me, whatever words an
  // earlier one shares.
  if (wroteToMe(chosen)) {
    if (reply !== undefined && concedes(reply.opening.replace(NAME_FIRST, ''))) {
      for (let j = i - 1; j > chosen; j--) {
        if (dump.comments[j]?.authorKey === them && wroteToMe(j)) return j;
      }
      return chosen;
    }
    return earlierToMe(dump, chosen, from, wroteToMe, shared);
  }
  // "Ken, thank you, that helps": thanks are for the answer they wrote to the thanker, though an
  // older comment of theirs shares a stray word with the thanks.
  if (reply !== undefined && THANKS_NAMED.test(reply.opening)) {
    for (let j = i - 1; j > chosen; j--) {
      if (dump.comments[j]?.authorKey === them && wroteToMe(j)) return j;
    }
  }
  // Spoken to by name, the reply takes up an earlier comment of theirs it shares more words with
  // than their latest ("Lena, the floodlights helped", her comment on the floodlights).
  // Read only once an earlier comment of theirs is found: most replies have none in reach.
  // Right under the one named, a reply sharing as many words with their comment to it stays there
  // when it is a short reaction ("Exactly, Carol Ann.") or the one above spoke to the page ("Ray,
  // we'll be glad to see them." under his "going to return the three books"), not to another
  // ("Drew: looked it up."). Thanks are for an answer, though ("Thanks Art. Good to know…"), and so
  // is a point conceded ("Fair, Will. I'll call the bus garage").
  // News taken in ("Rich, I didn't know that.") is not taken from a question: under their question
  // to the page, it is their earlier comment to the author that told it.
  const staysAbove =
    chosen === i - 1 &&
    reply !== undefined &&
    !opensWithThanks(reply) &&
    !(dump.comments[chosen]?.asks === true && takesInNews(reply)) &&
    (shortReaction(reply) || (guesses[chosen] == null && !concedes(reply.opening)));
  let latest = -1;
  let best = chosen;
  let most = 0;
  for (let j = chosen - 1; j >= Math.max(0, from); j--) {
    if (dump.comments[j]?.authorKey !== them) continue;
    if (latest < 0) most = latest = shared(chosen);
    // Their comment to the reply's author is taken up when its words say so.
    if (wroteToMe(j)) {
      const n = shared(j);
      return n > latest || (n === latest && !staysAbove) ? j : chosen;
    }
    // Right under the one named, a reply sharing a word with it stays there ("T.J., a reporter who
    // didn't ask about the tax break": his comment on the reporter, not his earlier one on the tax
    // break), and one sharing none needs two words with an earlier comment to leave it. Further
    // down, an earlier comment of theirs sharing more words is the one taken up ("@Lan did the
    // tenant really say it was the horns?", her first comment, over her latest), one word enough
    // when their latest shares none ("Lupe: we're at 418 Cypress", her comment on Cypress, not her
    // complaint about the paper).
    const below = chosen < i - 1;
    const n = latest === 0 || below ? shared(j) : 0;
    if (n > most && n >= (latest === 0 && below ? 1 : 2)) [best, most] = [j, n];
  }
  return best;
}

/** Words an earlier comment written to the reply's author must share, beyond the latest's, to win. */
const EARLIER_TO_ME = 2;

/**
 * Written to by `chosen`'s author more than once, a reply takes up the comment whose words it
 * shares ("Kim, about 'worth the drive': …" answers her first comment to its writer, not her
 * latest): an earlier one sharing at least two more words than `chosen` wins; else `chosen`.
 */
function earlierToMe(
  dump: PreparedDump,
  chosen: number,
  from: number,
  wroteToMe: (j: number) => boolean,
  shared: (j: number) => number,
): number {
  const them = dump.comments[chosen]?.authorKey;
  let best = chosen;
  // The fewest shared words that win: EARLIER_TO_ME more than `chosen`'s, then one more than the
  // best so far. Read once one comment to me is found (-1 until then): most replies have none.
  let bar = -1;
  for (let j = chosen - 1; j >= Math.max(0, from); j--) {
    if (dump.comments[j]?.authorKey !== them || !wroteToMe(j)) continue;
    if (bar < 0) bar = shared(chosen) + EARLIER_TO_ME;
    const n = shared(j);
    if (n >= bar) [best, bar] = [j, n + 1];
  }
  return best;
}
