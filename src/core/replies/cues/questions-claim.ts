import type { CueHit } from './cue-hit.ts';
import { keptStem } from './kept-stem.ts';
import { openingQuestion } from './opening-question.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { WordRun } from './word-ids.ts';

interface ShortQuestion {
  readonly words: readonly string[];
  /** The content stem of each word (repeats kept: each word counts), '' for none. */
  readonly stems: readonly string[];
  /** Each two words in a row, as they are looked for in a candidate's own. */
  readonly pairs: readonly WordRun[];
}

/**
 * The words of a short opening question (3 to 10 words) and their stems, else null: the reply is
 * weighed against some twenty candidates, its question is read once; its stems come from the cues'
 * shared cache (a fresh one per question stemmed every word again).
 */
const questionWords = lastReplyCache((reply): ShortQuestion | null => {
  const words = openingQuestion(reply);
  if (words.length < 3 || words.length > 10) return null;
  const pairs = words.slice(1).map((w, k) => reply.wordRun([words[k] ?? '', w]));
  return { words, stems: words.map(keptStem), pairs };
});

/**
 * An opening question that restates an earlier comment's claim ("Putin wants Syrians in Europe?")
 * is a challenge to that comment. It counts when the short question shares two content words with
 * the comment and at least one two-word phrase, so that a question on the same topic in other
 * words does not.
 */
export function questionsClaim(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
): CueHit | null {
  // The reply's question first: it is read once per reply, and most replies have none (the
  // candidate's first sentence is cut for each of them).
  const question = questionWords(reply);
  if (question === null) return null;
  // A question put after another question in the same frame ("How are renters supposed to…?" —
  // "Where are commuters supposed to…?") asks alongside it: only a statement has a claim to doubt.
  if (candidate.firstSentence.trimEnd().endsWith('?')) return null;
  // Marked in the pool: no set of the candidate's stems is built for one question.
  const candStems = candidate.markStems();
  let shared = 0;
  for (const s of question.stems) if (s !== '' && candStems.has(s)) shared++;
  if (shared < 2) return null;
  const phrase = question.pairs.some((pair) => candidate.holdsRun(pair));
  return phrase ? { score: 0.6, reason: `questions ${candidateName}'s claim` } : null;
}
