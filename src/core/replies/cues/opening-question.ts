import { lastReplyCache } from './last-reply-cache.ts';
import { normalizeWords } from './prepare-comment.ts';

/**
 * The normalised words of the reply's first sentence when it is a question; none otherwise. A reply
 * is weighed against tens of candidates by more than one cue: its question is split once, and kept
 * only while it is the reply (a WeakMap entry per comment of the dump cost a set per reply and
 * work for every collection).
 */
export const openingQuestion = lastReplyCache((reply): readonly string[] => {
  const first = reply.firstSentence.trimEnd();
  return first.endsWith('?') ? normalizeWords(first).split(' ') : [];
});
