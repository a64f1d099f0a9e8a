import type { PreparedComment } from './prepare-comment.ts';

// "Honest question for everyone upset about the cost: …", "How many of you have actually looked?",
// "This isn't complicated, people.", "Anyone know if the state restocks?": a comment put to every
// reader, not to the one partner in an exchange, even when its writer was answered just above.
// "Has anybody actually shown values drop?" disputes the partner's claim, put to all for effect.
// "Info for anyone going Thursday: …", "For those who asked: …": a notice headed to every reader.
const TO_ALL =
  /^(?:\p{L}+(?: \p{L}+)? )?for (?:anyone|anybody|everyone|everybody|those|all of you)\b[^.!?:]{0,80}:|^(?:[^.!?:]{0,30}\b)?(?:question|questions) (?:for|to) (?:everyone|everybody|anyone|anybody|all|any|every|the whole|the rest)\b|^(?:how|what|why|who|where|when|which|is|are|do|does|did|can|could|would|will|has|have)\b[^.!?]*\?\s+(?:serious|honest|genuine|sincere) question\b|^(?:so,? )?(?:how many|which|who) of (?:you|y['’]all)\b|, (?:people|folks|everyone|everybody|y['’]all)\s*[.!?]|^(?:(?:does|do|did|has|have|is|are|was|can|could|would|will) )?(?:anyone|anybody)\b(?![^.!?]*\b(?:actually|really|seriously|honestly)\b)[^.!?]*\?/iu;

// What every phrase of TO_ALL holds, looked for literally first: most openings hold none, and
// TO_ALL would be tried at every comma of each.
const mayBeToAll = (start: string): boolean =>
  start.includes('uestion') ||
  /^(?:\p{L}+(?: \p{L}+)? )?for (?:any|every|those|all)/iu.test(start) ||
  start.includes(' of y') ||
  start.includes(', people') ||
  start.includes(', folks') ||
  start.includes(', every') ||
  start.includes(', y') ||
  /^(?:\p{L}+ )?any(?:one|body)\b/iu.test(start);

/** Does `comment` open by speaking to every reader (`TO_ALL`)? */
export function speaksToAll(comment: PreparedComment): boolean {
  const start = comment.opening.slice(0, 200);
  return mayBeToAll(start) && TO_ALL.test(start);
}
