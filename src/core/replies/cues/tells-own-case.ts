import type { PreparedComment } from './prepare-comment.ts';
import { takesUpQuestion } from './takes-up-question.ts';

// "Should I be worried the bank will care?": a question about the asker's own case, in the first
// person.
const ASKS_OWN_CASE = /\b(?:should|do|can|will|could|would|am) (?:i|we)\b[^.!?]*\?/iu;
// The writer's own case: "my place", "those of us in the cottages", "our street".
const OWN_CASE = /\b(?:my|our|those of us|we)\b/iu;
const TO_YOU = /\b(?:you|your|you['’](?:re|ll|d|ve))\b/iu;

/**
 * Does `reply` tell of its writer's own case under `candidate`'s question about the asker's own
 * ("Should I be worried…?" — "Those of us up the hill are assessed like we're on the water. My place
 * has no view.")? Taking up none of its words and saying nothing to "you", it is a complaint of its
 * own, not the answer.
 */
export function tellsOwnCase(reply: PreparedComment, candidate: PreparedComment): boolean {
  return (
    ASKS_OWN_CASE.test(candidate.body) &&
    OWN_CASE.test(reply.body) &&
    !TO_YOU.test(reply.body) &&
    takesUpQuestion(reply, candidate) === 0
  );
}
