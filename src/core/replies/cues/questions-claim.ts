import type { CueHit } from './cue-hit.ts';
import { contentStem } from './rare-words.ts';
import { openingQuestion } from './opening-question.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';

/**
 * The words of a short opening question (3 to 10 words), else null: the reply is weighed against
 * some twenty candidates, its question is read once.
 */
const questionWords = lastReplyCache((reply): readonly string[] | null => {
  const words = openingQuestion(reply);
  return words.length < 3 || words.length > 10 ? null : words;
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
  stemOf: Map<string, string>,
): CueHit | null {
  const words = questionWords(reply);
  if (words === null) return null;
  const candStems = candidate.stemSet;
  const shared = words.filter((w) => {
    const s = contentStem(w, stemOf);
    return s !== '' && candStems.has(s);
  });
  if (shared.length < 2) return null;
  const text = candidate.normText;
  const phrase = words.slice(1).some((w, k) => text.includes(` ${words[k] ?? ''} ${w} `));
  return phrase ? { score: 0.6, reason: `questions ${candidateName}'s claim` } : null;
}
