import { lastReplyCache } from './last-reply-cache.ts';
import { normalizeWords } from './prepare-comment.ts';
import { countWords } from './scan-words.ts';
import type { WordRun } from './word-ids.ts';

// How answers start: "No.", "Because…", "I remember.", "May be they…", "Both, from October.", or
// the question's own verb given back ("They were.", "It does not.", "There is, …").
// A bare "no" answers only before a pause or a pronoun: "No funnel cake this year" is a determiner.
// "Nobody asked students", "No one here has mentioned…" complain about the debate; they answer nothing.
// Nor does "Nobody on the board could tell me…", a complaint about whoever should know, nor "Maybe.
// But…", which gives ground to a claim before arguing on, nor "None taken.", which takes an apology.
export const ANSWER_OPENER =
  /^(?:yes|yeah|yep|yea|no(?=\s*(?:[,.!;:—–-]|$)|\s+(?:i|it|we|they|he|she|you|not|way|sir|idea|one)\b)|nope|nah|because|sure|probably|hopefully|(?:maybe|may be|perhaps)(?![.,;]?\s+but\b)|absolutely|definitely|of course|i remember|i do|i did|not really|none(?!\s+taken)|nothing|(?:nobody|no one)(?!\s+(?:asked|asks|mentioned|mentions|has|have|is|was|cares|wants|talks|seems|here|in|on|at|could|would|bothered)\b)|never|both|neither|either|(?:it|they|he|she|we|i|that|there) (?:is|are|was|were|does|do|did|has|have|had|will|would|can|could)(?: not|n['’]t)?(?=\s*[.!,;]))\b/i;
// A yes or no after a first remark ("Not my cousin, I promise. And no, he has not.").
// "If it's your primary residence, yes, you're exempt.": a yes or no after the case it holds in.
const LATER_YES_NO = /[.!?]\s+(?:and |but )?(?:yes|no)\b[,.]|^if\b[^.!?]{0,60}, (?:yes|no)\b[,.]/i;

export interface FirstSentence {
  /** Opens as answers do ("No.", "Because…"), or says yes or no after a first remark. */
  readonly opensAsAnswer: boolean;
  /** Normalized; left empty past `PICKED_WORDS` words, where it is never read. */
  readonly picked: string;
  /** Its words, as they are looked for in a candidate's own. */
  readonly run: WordRun;
  /** Its words (1 when it has none, as splitting an empty text gives one). */
  readonly words: number;
}

/** A first sentence longer than this is never looked for in a candidate, nor read for clauses. */
export const PICKED_WORDS = 5;

/**
 * A reply's first sentence as the answer cues weigh it: whether it opens as answers do, and, when
 * short, its words to look for in the question.
 */
// Weighed against every candidate that asked something: the opening is read once. Most first
// sentences are long, and their normalized text (a tenth of a reply's cost here) is never read.
export const firstSentenceOf = lastReplyCache((reply): FirstSentence => {
  const opensAsAnswer =
    ANSWER_OPENER.test(reply.opening) || LATER_YES_NO.test(reply.opening.slice(0, 120));
  const words = Math.max(1, countWords(reply.firstSentence, PICKED_WORDS));
  const picked = words > PICKED_WORDS ? '' : normalizeWords(reply.firstSentence);
  // An empty sentence is the empty run, as its padded text ('  ') was looked for.
  const run = reply.wordRun(picked === '' ? [] : picked.split(' '));
  return { opensAsAnswer, picked, run, words };
});
