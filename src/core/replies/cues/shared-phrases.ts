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
const NUMBER = /^\d{2,}$/u;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

interface Said {
  /** Numbers and word pairs of the reply, as "w" and "w next". */
  readonly said: ReadonlySet<string>;
  /** The first words of those pairs: a candidate's pair is built only after one of them. */
  readonly starts: ReadonlySet<string>;
}

// `answerToMe` weighs one reply against each earlier comment of the person it names: read the
// reply once.
const saidBy = lastReplyCache((reply): Said => {
  const said = new Set<string>();
  const starts = new Set<string>();
  const words = reply.normText.trim().split(' ');
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    if (NUMBER.test(w)) said.add(w);
    const next = words[k + 1];
    if (next === undefined || !counts(w) || !counts(next)) continue;
    if (Math.max(w.length, next.length) >= SAYS) {
      said.add(`${w} ${next}`);
      starts.add(w);
    }
  }
  return { said, starts };
});

/**
 * Word pairs and numbers the two comments share ("per open hour", "the 60%"): what the content
 * words miss when the words picked up are common ones, or figures.
 */
export function sharedPhrases(reply: PreparedComment, cand: PreparedComment): number {
  const { said, starts } = saidBy(reply);
  const found = new Set<string>();
  const theirs = cand.normText.trim().split(' ');
  for (let k = 0; k < theirs.length; k++) {
    const w = theirs[k] ?? '';
    // The only single words said holds are numbers, and every start counts (three letters or
    // more): most words are told apart without a look-up.
    if (w.length < 2) continue;
    if (isDigitCode(w.charCodeAt(0)) && said.has(w)) found.add(w);
    if (w.length < PARTICLE || !starts.has(w)) continue;
    const pair = `${w} ${theirs[k + 1] ?? ''}`;
    if (said.has(pair)) found.add(pair);
  }
  return found.size;
}
