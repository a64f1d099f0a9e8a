import type { CueHit } from './cue-hit.ts';
import { contentStem } from './rare-words.ts';
import { normalizeWords, type PreparedComment } from './prepare-comment.ts';

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
  const first = reply.firstSentence.trimEnd();
  if (!first.endsWith('?')) return null;
  const words = normalizeWords(first).split(' ');
  if (words.length < 3 || words.length > 10) return null;
  const candStems = new Set(candidate.stems);
  const shared = words.filter((w) => {
    const s = contentStem(w, stemOf);
    return s !== '' && candStems.has(s);
  });
  if (shared.length < 2) return null;
  const text = candidate.normText;
  const phrase = words.slice(1).some((w, k) => text.includes(` ${words[k] ?? ''} ${w} `));
  return phrase ? { score: 0.6, reason: `questions ${candidateName}'s claim` } : null;
}
