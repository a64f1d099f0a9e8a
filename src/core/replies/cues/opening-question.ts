import { normalizeWords, type PreparedComment } from './prepare-comment.ts';

// A reply is weighed against tens of candidates by more than one cue: split its question once.
const cache = new WeakMap<PreparedComment, readonly string[]>();

/** The normalised words of the reply's first sentence when it is a question; none otherwise. */
export function openingQuestion(reply: PreparedComment): readonly string[] {
  const cached = cache.get(reply);
  if (cached !== undefined) return cached;
  const first = reply.firstSentence.trimEnd();
  const words = first.endsWith('?') ? normalizeWords(first).split(' ') : [];
  cache.set(reply, words);
  return words;
}
