import type { ReplyGuess } from '../../types.ts';
import { aboutPhrase } from './about-subject.ts';
import { answerToMe } from './answer-to-me.ts';
import type { PreparedDump } from './prepare-dump.ts';
import type { Scored } from './score-candidate.ts';
import type { OpeningAddress } from './opening-address.ts';
import { pointsAtFirst } from './points-at-first.ts';
import { pointsAtQuestion } from './points-at-question.ts';
import { quotedOfAuthor } from './quoted-of-author.ts';
import { whichStatement } from './which-statement.ts';

/** An opening that names whom it answers ("What Gordon said.") may reach this much further back. */
export const ADDRESS_LOOKBACK = 40;
/** An opening quotation is exact: it may reach twice as far. */
export const QUOTE_LOOKBACK = 80;
/** "@Alma you said staff will bring data…": which of her comments is meant, the words tell. */
const POINTS_BACK =
  /\byou (?:said|say|wrote|write|mentioned|mention|claimed|claim|suggested|promised)\b/i;
/** Words that send the reader up the page: "way back up top", "your first comment", "earlier". */
const FAR_UP =
  /\b(?:up top|at the top|way back|way up|further up|higher up|up-?thread|your first comment|your (?:earlier|original) (?:comment|post|point))\b/i;

/**
 * `FAR_UP.test(opening)`, its costly alternation skipped when the opening holds none of the pieces
 * its phrases have (" top" for "up top" and "at the top", "way " for "way back" and "way up", "r up"
 * for "further up" and "higher up", "thread", "your "): "up" alone, in "support" or "group", let
 * most openings through. Lower-casing finds every ASCII letter the case-blind expression matches
 * (it matches no other): a text it would match always passes the first test.
 */
function pointsFarUp(opening: string): boolean {
  const lower = opening.toLowerCase();
  const may =
    lower.includes(' top') ||
    lower.includes('way ') ||
    lower.includes('r up') ||
    lower.includes('thread') ||
    lower.includes('your ');
  return may && FAR_UP.test(opening);
}

/**
 * The comment of the chosen candidate's author that reply `i` answers: the chosen one, or another of
 * theirs that the reply's words point at ("What Gordon said about the dam", "Grant, way back up top
 * you said…").
 */
export function repoint(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  best: Scored,
  address: OpeningAddress | null,
): Scored {
  const opening = dump.comments[i]?.opening ?? '';
  const kind = address?.kind;
  const pointsBack = POINTS_BACK.test(opening.slice(0, 160));
  if (kind === 'what-said' || kind === 'agree-with' || pointsBack) {
    // "What Lan said about the cannery women": the subject named picks her comment on it however
    // far up, as a quotation would.
    // "You said it better. The article leaves out what the Pentagon said about…" names no subject.
    // "Grant, way back up top you said…": which of their comments is meant may sit further up.
    // Read only here: most replies never get this far, and the test lower-cases the opening.
    const named =
      kind !== undefined && aboutPhrase(opening) !== null
        ? i - QUOTE_LOOKBACK
        : i - (pointsFarUp(opening) ? QUOTE_LOOKBACK : ADDRESS_LOOKBACK);
    return { ...best, index: whichStatement(dump, i, best.index, named) };
  }
  if (best.hits[0]?.points !== undefined) {
    // A quotation of theirs is exact: it names the comment however their latest reads.
    const quoted = quotedOfAuthor(dump, i, best.index, i - QUOTE_LOOKBACK);
    if (quoted !== null) return { ...best, index: quoted };
    // "On Carol's original point": the first of theirs in reach, whatever words the later share.
    if (pointsAtFirst(opening))
      return { ...best, index: firstBy(dump, best.index, i - QUOTE_LOOKBACK) };
    // "Kwame's question is a fair one": the latest of theirs in reach that asked something, when the
    // one chosen asks nothing ("back to your question about the schools" past a later question of
    // theirs is left to the words, below).
    if (dump.comments[best.index]?.asks === false && pointsAtQuestion(opening)) {
      return { ...best, index: askedBy(dump, i, best.index, i - QUOTE_LOOKBACK) };
    }
    // Spoken to or named, a commenter is answered on whichever of their comments the words take
    // up, however far up the page ("ems_guy_44, the overnight falls are my mother", his first
    // comment on overnight falls; "Mike Ferrante is right that nobody works in town anymore", his
    // first, not his latest): a name reaches as far as a quotation does.
    // "@name" is written to their latest comment, and the words decide from there: a stray echo
    // of an older one of theirs ("@bowhunter_tk42 I bowhunt too", their first comment on
    // bowhunters) does not outweigh it. Other forms of address weigh every comment of theirs.
    const latest = kind === 'at' ? latestBy(dump, i, best.index) : best.index;
    return { ...best, index: answerToMe(dump, guesses, i, latest, i - QUOTE_LOOKBACK) };
  }
  return best;
}

/** The latest comment before `i` by the author of comment `j`. */
function latestBy(dump: PreparedDump, i: number, j: number): number {
  const key = dump.comments[j]?.authorKey;
  if (key === null || key === undefined) return j;
  for (let k = i - 1; k > j; k--) if (dump.comments[k]?.authorKey === key) return k;
  return j;
}

/** The earliest comment from `from` on by the author of comment `j`. */
function firstBy(dump: PreparedDump, j: number, from: number): number {
  const key = dump.comments[j]?.authorKey;
  if (key === null || key === undefined) return j;
  for (let k = Math.max(0, from); k < j; k++) if (dump.comments[k]?.authorKey === key) return k;
  return j;
}

/** The latest comment before `i`, from `from` on, by the author of comment `j` that asks something. */
function askedBy(dump: PreparedDump, i: number, j: number, from: number): number {
  const key = dump.comments[j]?.authorKey;
  if (key === null || key === undefined) return j;
  for (let k = i - 1; k >= Math.max(0, from); k--) {
    const c = dump.comments[k];
    if (c?.authorKey === key && c.asks) return k;
  }
  return j;
}
