import type { PreparedComment } from './prepare-comment.ts';

// Openers that continue somebody else's sentence: "Yes, let Russia…", "And yet…", "In other words…",
// "So we lose the one animal people drive here to see…" (the consequence of what was just said),
// "Then build three of these" (not a story's "Then the council voted…"); "Is that true?" (not "Is that
// letter public?", which asks about a thing, "that" its determiner); "That does happen." grants that
// what the comment above tells of is so; "OK, but the creek…" grants a point only to push back;
// "They do.", "They won't.": a sentence of a pronoun and an auxiliary confirms or denies the one above.
const OPENER =
  /^(?:yes|yeah|yea|yep|no|nope|true|exactly|agreed|indeed|right|wrong|well|sure|actually|sorry|hmm+|oh please|really)\s*[,.!?:—-]|^then (?!(?:the|a|an|in|on|at|after|came|there|last|one|again|when|we went)\b)|^(?:they|it|he|she|we|that)\s+(?:do|does|did|will|wo|would|can|ca|could|is|are|was|were|has|have|had|should)(?:n['’]t|\s+not)?\s*[.!]|^(?:(?:ok|okay),? but\b|that (?:(?:does|did|can|will|still) happen|happens)\b|and yet|and so|in other words|not so fast|not really|not necessarily|not quite|not exactly|so you\b|so we\b|same here|on the contrary|quite so|but you\b|and you\b|(?:could|would|is|isn't|was|wasn't) that(?=\s*[?,.!]|\s+(?:true|right|so|really|fair|possible|legal|enough|what|why|how|because|the|a|an|all|just|even|not|actually|supposed|before|after|when|in|on|any|bad|good|wrong|correct|it|there|ever|also|still|be|have|make|work|help|mean|explain|happen|change|matter)\b))/i;

// "Try the front office instead.", "Call the county line instead.": advice to do otherwise than the
// comment above tried.
const INSTEAD =
  /^(?:try|call|use|ask|email|text|check|contact|visit|go (?:to|through))\b[^.!?]{0,80}\binstead\b/i;

/** Does the comment open the way a reply opens? */
export function opensWithReplyWord(reply: PreparedComment): boolean {
  return OPENER.test(reply.opening) || INSTEAD.test(reply.firstSentence);
}

// Openers that draw on a claim above ("Then raise the pay.", "So we lose…", "In other words…").
const GOES_ON = /^(?:then|and yet|and so|in other words|so you|so we)\b/i;
// "And if it doesn't?", "What if the state says no?": a question putting a case, whose consequence
// "Then we all show up and yell." draws.
const PUTS_A_CASE = /\b(?:if|suppose|supposing)\b[^.!?]*\?/i;

/**
 * Does a reply opener go on from a claim `above` does not make? Under a question ("Will the late
 * show still let teens in?" — "Then explain the kids running through the store in April.") there
 * is no claim to go on from, unless the question puts a case.
 */
export function goesOnFromNoClaim(reply: PreparedComment, above: PreparedComment): boolean {
  return above.asks && GOES_ON.test(reply.opening) && !PUTS_A_CASE.test(above.body);
}
