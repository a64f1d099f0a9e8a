import type { PreparedComment } from './prepare-comment.ts';

// "Who exactly decides what's worth saving?", "…, and who pays for it?": a question after whoever
// does something, its verb in the third person.
const WHO_DOES =
  /(?:^|[.!?]\s+|,\s*(?:and|but|or)\s+)who (?:exactly |really |actually |even |else )?(\p{L}{3,}s)\b[^.!?]*\?/giu;
// Verbs every sentence has: "Who is…?" — "The plan is…" gives back nothing.
const EMPTY_VERBS = new Set(['does', 'says', 'has', 'was', 'is', 'goes', 'gets', 'thinks']);

/**
 * The verbs of a comment's questions after whoever does something, read once per comment: it is
 * asked with every reply below it that a question reaches.
 */
const doersAsked = new WeakMap<PreparedComment, readonly string[]>();

function verbsAsked(candidate: PreparedComment): readonly string[] {
  let verbs = doersAsked.get(candidate);
  if (verbs === undefined) {
    verbs = /\bwho\b/iu.test(candidate.body)
      ? [...candidate.body.matchAll(WHO_DOES)]
          .map((m) => (m[1] ?? '').toLowerCase())
          .filter((v) => !EMPTY_VERBS.has(v))
      : [];
    doersAsked.set(candidate, verbs);
  }
  return verbs;
}

/**
 * Does `reply` answer `candidate`'s question after whoever does something by naming them with the
 * question's own verb ("Who decides?" — "The state office decides, through…")?
 * Wherever the question sits in the asking comment, that answers it and nothing else.
 */
export function givesBackDoer(reply: PreparedComment, candidate: PreparedComment): boolean {
  if (!candidate.asks) return false;
  const verbs = verbsAsked(candidate);
  if (verbs.length === 0) return false;
  const first = reply.firstSentence;
  if (first.trimEnd().endsWith('?') || /^\s*who\b/iu.test(first)) return false;
  return verbs.some((verb) => new RegExp(`\\b${verb}\\b`, 'iu').test(first));
}
