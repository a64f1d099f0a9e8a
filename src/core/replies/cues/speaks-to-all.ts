import type { PreparedComment } from './prepare-comment.ts';

// "Honest question for everyone upset about the cost: …", "How many of you have actually looked?",
// "This isn't complicated, people.": a comment put to every reader, not to the one partner in an
// exchange, even when its writer was answered just above.
const TO_ALL =
  /^(?:[^.!?:]{0,30}\b)?(?:question|questions) (?:for|to) (?:everyone|everybody|anyone|anybody|all)\b|^(?:so,? )?(?:how many|which|who) of (?:you|y['’]all)\b|,\s*(?:people|folks|everyone|everybody|y['’]all)\s*[.!?]/iu;

/** Does `comment` open by speaking to every reader (`TO_ALL`)? */
export function speaksToAll(comment: PreparedComment): boolean {
  return TO_ALL.test(comment.opening.slice(0, 200));
}
