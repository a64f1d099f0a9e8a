import type { NameTokens } from './name-tokens.ts';

// "Ha, same here Ray.", "Good one Dale!", "Well said Ana.", "Thank you Grace, …": a reaction of a
// word or two, then the name it is said to, with no comma between: written so only to someone.
const REACTION =
  /^(?:(?:ha+|haha\p{L}*|lol)[,!.]?\s+)?(?:thank you(?: so much)?|same here|me too|good one|nice one|well said|agreed|exactly|fair enough|amen|ditto|bingo|touch[eé])\s+$/iu;
/** A reaction this many words long at most, a laugh before it included. */
const MOST_WORDS = 4;

/**
 * Does a short reaction opening the sentence stand right before the name at token `at`? The
 * reaction then calls on the name's bearer as "Thanks Gordon" does.
 */
export function reactionBefore(tokens: NameTokens, at: number): boolean {
  let text = '';
  for (let k = at - 1; k >= Math.max(0, at - MOST_WORDS); k--) {
    const t = tokens.at(k);
    if (t === undefined) return false;
    text = t.text + t.after + text;
    if (t.sentenceStart) return REACTION.test(text);
  }
  return false;
}
