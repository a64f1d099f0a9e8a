import { lastReplyCache } from './last-reply-cache.ts';
import { normalizeWords } from './prepare-comment.ts';
import type { PreparedDump } from './prepare-dump.ts';

/** Words only the two comments use, both in the question: fewer are as often a shared subject. */
const ASKED_WORDS = 2;
/** Words in a row of theirs a question repeating them holds, beside one word only the two use. */
const REPEATED_RUN = 5;
/** A first sentence longer than this asks something of its own, whatever words it borrows. */
const QUESTION_WORDS = 12;

/** The reply's short opening question, lower-cased ('' when it opens otherwise), read once. */
const openingAsked = lastReplyCache((reply): string => {
  const first = reply.firstSentence.trimEnd();
  const short = first.endsWith('?') && first.split(/\s+/u).length <= QUESTION_WORDS;
  return short ? first.toLowerCase() : '';
});

/**
 * "Does the CareerLink grant cover CNC certification?" opens by asking about what comment `j`
 * alone told of ("…a state CareerLink grant for exactly this…"): two words no other comment uses,
 * both in a short opening question, point at it past the new subjects between, as a name would.
 */
export function asksAboutRare(dump: PreparedDump, i: number, j: number): boolean {
  const reply = dump.comments[i];
  const mine = dump.rare[i];
  const theirs = dump.rare[j];
  if (reply === undefined || mine === undefined || theirs === undefined) return false;
  if (mine.size < ASKED_WORDS || theirs.size < ASKED_WORDS) return false;
  const asked = openingAsked(reply);
  if (asked === '') return false;
  let n = 0;
  for (const [stem, word] of mine) {
    if (theirs.has(stem) && dump.vocabulary.df.get(stem) === 2 && asked.includes(word)) n += 1;
  }
  if (n >= ASKED_WORDS) return true;
  // "so welding fees can still go up?" under "…so nursing, welding and dental hygiene fees can still
  // go up.": one word only the two use, in a question giving back five of their words in a row.
  return n === 1 && repeatsRun(dump, i, j, asked);
}

function repeatsRun(dump: PreparedDump, i: number, j: number, asked: string): boolean {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  if (reply === undefined || cand === undefined) return false;
  const words = normalizeWords(asked).split(' ');
  for (let k = 0; k + REPEATED_RUN <= words.length; k++) {
    if (cand.holdsRun(reply.wordRun(words.slice(k, k + REPEATED_RUN)))) return true;
  }
  return false;
}
