import type { PreparedComment } from './prepare-comment.ts';

// "Who exactly decides what's worth saving?", "…, and who pays for it?": a question after whoever
// does something, its verb in the third person.
const WHO_DOES =
  /(?:^|[.!?]\s+|,\s*(?:and|but|or)\s+)who (?:exactly |really |actually |even |else )?(\p{L}{3,}s)\b[^.!?]*\?/giu;
// Verbs every sentence has: "Who is…?" — "The plan is…" gives back nothing.
const EMPTY_VERBS = new Set(['does', 'says', 'has', 'was', 'is', 'goes', 'gets', 'thinks']);

/**
 * Does `reply` answer `candidate`'s question after whoever does something by naming them with the
 * question's own verb ("Who decides?" — "The state preservation office decides, through…")?
 * Wherever the question sits in the asking comment, that answers it and nothing else.
 */
export function givesBackDoer(reply: PreparedComment, candidate: PreparedComment): boolean {
  if (!candidate.asks || !/\bwho\b/iu.test(candidate.body)) return false;
  const first = reply.firstSentence;
  if (first.trimEnd().endsWith('?') || /^\s*who\b/iu.test(first)) return false;
  for (const m of candidate.body.matchAll(WHO_DOES)) {
    const verb = (m[1] ?? '').toLowerCase();
    if (!EMPTY_VERBS.has(verb) && new RegExp(`\\b${verb}\\b`, 'iu').test(first)) return true;
  }
  return false;
}
