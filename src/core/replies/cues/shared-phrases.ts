import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';

// A pair of words counts when neither is a particle and one says something: "per open hour", not
// "on the", "most of" or "the budget".
const SAYS = 4;
const PARTICLE = 3;
const FUNCTION_WORDS = new Set(
  'the and for but nor are was you its has had not our his her him who can did may all any'.split(
    ' ',
  ),
);
const counts = (w: string): boolean => w.length >= PARTICLE && !FUNCTION_WORDS.has(w);
/** "60%", "140 a day": a number of two digits or more is as particular as a rare word. */
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function isNumber(w: string): boolean {
  if (w.length < 2) return false;
  for (let k = 0; k < w.length; k++) if (!isDigitCode(w.charCodeAt(k))) return false;
  return true;
}

interface Said {
  /** The reply's numbers. */
  readonly numbers: ReadonlySet<string>;
  /**
   * The reply's word pairs, as the words that follow each first word: a candidate's pair is then
   * two look-ups of words it has already, where a string was built for every pair of the reply.
   */
  readonly next: ReadonlyMap<string, ReadonlySet<string>>;
}

// `answerToMe` weighs one reply against each earlier comment of the person it names: read the
// reply once.
const saidBy = lastReplyCache((reply): Said => {
  const numbers = new Set<string>();
  const next = new Map<string, Set<string>>();
  const words = reply.normText.trim().split(' ');
  // Whether each word counts is asked once, as the second of one pair and the first of the next.
  let firstCounts = counts(words[0] ?? '');
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    if (isNumber(w)) numbers.add(w);
    const after = words[k + 1];
    if (after === undefined) break;
    const afterCounts = counts(after);
    if (firstCounts && afterCounts && Math.max(w.length, after.length) >= SAYS) {
      const followers = next.get(w);
      if (followers === undefined) next.set(w, new Set([after]));
      else followers.add(after);
    }
    firstCounts = afterCounts;
  }
  return { numbers, next };
});

/**
 * Word pairs and numbers the two comments share ("per open hour", "the 60%"): what the content
 * words miss when the words picked up are common ones, or figures.
 */
export function sharedPhrases(reply: PreparedComment, cand: PreparedComment): number {
  const { numbers, next } = saidBy(reply);
  // Most comments share none: the set is made for the first found.
  let found: Set<string> | null = null;
  const theirs = cand.normText.trim().split(' ');
  for (let k = 0; k < theirs.length; k++) {
    const w = theirs[k] ?? '';
    // Numbers have two characters or more, and the first word of a pair three: most words are told
    // apart without a look-up.
    if (w.length < 2) continue;
    if (isDigitCode(w.charCodeAt(0)) && numbers.has(w)) (found ??= new Set()).add(w);
    if (w.length < PARTICLE) continue;
    const followers = next.get(w);
    const after = theirs[k + 1];
    if (followers !== undefined && after !== undefined && followers.has(after)) {
      (found ??= new Set()).add(`${w} ${after}`);
    }
  }
  return found === null ? 0 : found.size;
}
