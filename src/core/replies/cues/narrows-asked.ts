import { PICKED_WORDS } from './first-sentence-of.ts';
import { normalizeWords, type PreparedComment } from './prepare-comment.ts';

/** A first sentence that denies or narrows what follows it. */
const NARROWS = /^\s*(?:not|only|just)\s+/iu;

/**
 * Does `reply` open by denying or narrowing words of `candidate`'s question ("Can these cameras
 * catch people passing a bus?" — "Not these cameras. Stop-arm cameras are a separate program.")?
 * A first sentence of a few words that gives the question's own words back, bar the "not" or
 * "only" before them, answers it as surely as "No." does, however far down it comes.
 */
export function narrowsAsked(reply: PreparedComment, candidate: PreparedComment): boolean {
  const first = reply.firstSentence;
  const lead = NARROWS.exec(first);
  if (lead === null || !candidate.asks) return false;
  const words = normalizeWords(first.slice(lead[0].length)).split(' ').filter(Boolean);
  if (words.length < 2 || words.length >= PICKED_WORDS) return false;
  return candidate.holdsRun(reply.wordRun(words));
}
