import type { PreparedComment } from './prepare-comment.ts';

const OPENS_BECAUSE = /^\s*(?:because|['’]?cause)\b/iu;
// "Why was the map incomplete?", "How come nobody told us?": what a "Because…" gives back. Looked
// for literally first: a reply opening on "Because" is rare, and it meets several questions.
const ASKS_WHY = /\b(?:why|how come)\b[^.!?]*\?/iu;

/**
 * Does `reply`, opening on "Because…", give the reason `candidate` asked for? A "Because…" is the
 * answer to a why-question alone ("Grant, why was the map incomplete?" — "Because the records are on
 * paper…"): under "Does anyone know if the town reimburses?" it answers nothing. Null when the reply
 * does not open on "Because".
 */
export function givesReason(reply: PreparedComment, candidate: PreparedComment): boolean | null {
  if (!OPENS_BECAUSE.test(reply.opening)) return null;
  const body = candidate.body.toLowerCase();
  return (body.includes('why') || body.includes('how come')) && ASKS_WHY.test(candidate.body);
}
