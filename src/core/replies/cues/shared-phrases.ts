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
/**
 * "60%", "140 a day": a number of two digits or more is as particular as a rare word; so is one
 * with a unit of a letter or two ("that 5K", "the 10k"), too short for a content word.
 */
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const UNIT_LETTERS = 2;

function isNumber(w: string): boolean {
  if (w.length < 2 || !isDigitCode(w.charCodeAt(0))) return false;
  let digits = w.length;
  while (digits > 0 && !isDigitCode(w.charCodeAt(digits - 1))) digits -= 1;
  if (w.length - digits > UNIT_LETTERS) return false;
  for (let k = 0; k < digits; k++) if (!isDigitCode(w.charCodeAt(k))) return false;
  return true;
}

/**
 * Room per first word in a pair's key: `id * PAIR_ROOM + next id + 1`. Word ids stay far below it (a
 * 50 MiB page holds some 25 million words), and keys stay exact integers.
 */
const PAIR_ROOM = 2 ** 26;

interface Said {
  /** The reply's numbers, as word ids. */
  readonly numbers: ReadonlySet<number>;
  /** The ids of the words that open one of its pairs. */
  readonly firsts: ReadonlySet<number>;
  /**
   * The reply's word pairs, as keys of the ids of their two words: a candidate's pair is then a
   * look-up of ids it has already, with no text of it built or split. One set of keys, where a set
   * of followers per first word allocated some 7% of what inferring a dump's replies did.
   */
  readonly pairs: ReadonlySet<number>;
}

// `answerToMe` weighs one reply against each earlier comment of the person it names: read the
// reply once.
const saidBy = lastReplyCache((reply): Said => {
  const numbers = new Set<number>();
  const firsts = new Set<number>();
  const pairs = new Set<number>();
  const table = reply.wordTable;
  const ids = reply.wordIdsIn(table);
  const word = (k: number): string => table.wordOf(ids[k] ?? -1);
  // Whether each word counts is asked once, as the second of one pair and the first of the next.
  let firstCounts = counts(word(0));
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] ?? -1;
    const w = word(k);
    if (isNumber(w)) numbers.add(id);
    if (k + 1 >= ids.length) break;
    const after = word(k + 1);
    const afterCounts = counts(after);
    if (firstCounts && afterCounts && Math.max(w.length, after.length) >= SAYS) {
      firsts.add(id);
      pairs.add(id * PAIR_ROOM + (ids[k + 1] ?? -1) + 1);
    }
    firstCounts = afterCounts;
  }
  return { numbers, firsts, pairs };
});

/**
 * Word pairs and numbers the two comments share ("per open hour", "the 60%"): what the content
 * words miss when the words picked up are common ones, or figures.
 */
export function sharedPhrases(reply: PreparedComment, cand: PreparedComment): number {
  const { numbers, firsts, pairs } = saidBy(reply);
  // Most comments share none: the set is made for the first found. A number is kept as its id, a
  // pair as the text of its two ids.
  let found: Set<number | string> | null = null;
  // The candidate's words as the reply's table numbers them: only ids the reply has are looked up.
  const theirs = cand.wordIdsIn(reply.wordTable);
  const n = theirs.length;
  for (let k = 0; k < n; k++) {
    const id = theirs[k] ?? -1;
    if (numbers.has(id)) (found ??= new Set()).add(id);
    if (k + 1 >= n || !firsts.has(id)) continue;
    const after = theirs[k + 1] ?? -1;
    if (pairs.has(id * PAIR_ROOM + after + 1)) (found ??= new Set()).add(`${id} ${after}`);
  }
  return found === null ? 0 : found.size;
}
