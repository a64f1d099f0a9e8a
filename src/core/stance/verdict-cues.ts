// A verdict passed on the move itself, in words a sentiment lexicon cannot place: "the summit is a
// mistake", "lifting the sanctions is overdue", "I don't like Trump but I like this", "zero trust",
// a trade called madness.
// "Disaster" and "mistake" describe the situation as often as the talks (target-terms.ts drops
// them), so they count here only with the move as their subject.
import type { GeneralCue } from './general-cues.ts';

/** The move named as the subject of a verdict. */
const MOVE = String.raw`(?:summit|deal|meeting|talks|reset|rapprochement|agreement|d[ée]tente|thaw|outreach|this|it|that)`;
const EASING = String.raw`(?:lifting|easing|dropping|ending|removing) (?:the |these |those )?sanctions`;
const BAD = String.raw`(?:disaster|catastrophe|mistake|blunder|error|disgrace|embarrassment|betrayal|insane|madness|crazy)`;
const GOOD = String.raw`(?:good|great|smart|wise|sensible|positive|welcome|right|necessary)`;
/**
 * The one word a verdict may put before its noun ("a huge mistake", "a very good idea"), unless it
 * turns the verdict round: "is not good idea", as a non-native writer drops the article, is no praise.
 */
const NOT_NEGATION = String.raw`(?:(?!(?:not|never|no|hardly)\b)\w+ )?`;

export const VERDICT_CUES: readonly GeneralCue[] = [
  {
    cue: 'calls the move a mistake',
    gate: /disaster|catastroph|mistake|blunder|error|disgrace|embarrass|betrayal|insane|madness|crazy/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:${MOVE}|${EASING}) (?:now )?(?:is|was|would be|will be|'s) (?:a |an )?${NOT_NEGATION}${BAD}\b`,
      'u',
    ),
  },
  {
    cue: 'calls the move a good one',
    gate: /(?:is|was|be|'s) (?:a |an |the )?(?:\w+ )?(?:good|great|smart|wise|sensible|positive|welcome|right|necessary) |overdue/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:${MOVE}|${EASING}) (?:is|was|would be|will be|'s) (?:a |an |the )?${NOT_NEGATION}${GOOD} (?:thing|idea|move|step|development|sign|news|call|decision|deal(?! of)|agreement|compromise)\b|\b${EASING} (?:is|was|would be) (?:long )?overdue\b`,
      'u',
    ),
  },
  {
    // The classic concession: against the man, for the move ("I'll never vote for him, but…").
    cue: 'for the move despite the man',
    gate: /but (?:i|we) /,
    weight: 0.9,
    pattern:
      /\bbut (?:i|we) (?:\w+ )?(?:like|love|support|welcome|applaud|approve of|agree with) (?:this|it|that|the (?:move|deal|talks|summit|idea|outreach))\b/u,
  },
  {
    cue: 'could be partners',
    gate: /partners|friends|allies/,
    weight: 0.7,
    pattern: /\b(?:can|could|should|must) be (?:partners|friends|allies)\b/u,
  },
  {
    cue: 'no trust',
    gate: /trust/,
    weight: -0.9,
    pattern: /\b(?:zero|no|little) trust in\b|\bnothing to trust\b/u,
  },
  {
    cue: 'says they are for it',
    gate: /i'?m (?:all )?(?:in|for)\b|(?:we'?re|we are|they'?re|they are|i am) (?:all )?for\b|all for it/,
    weight: 0.9,
    pattern:
      /\bi'?m all in\b|\b(?:i'?m|i am|we'?re|we are|they'?re|they are) (?:all )?for (?:it|this|that)\b|(?<!\bnot )\ball for it\b/u,
  },
  {
    // Talking set against its alternative: "talking instead of threatening", "a handshake over a war".
    cue: 'talking over fighting',
    gate: /instead of|rather than| over |beats? /,
    weight: 1,
    pattern:
      /\b(?:talk\w*|diplomacy|dialogue|handshakes?|shaking hands|negotiat\w*|sit down|sitting down)\b.{0,30}\b(?:instead of|rather than|over|beats?) (?:a |an |the )?(?:\w+ )?(?:threat\w*|fight\w*|bomb\w*|wars?|shooting|rattling|sabres?|sabers?|escalat\w*|missiles?|fists)\b/u,
  },
  {
    cue: 'should stand up to him',
    gate: /confront|standing up|stand up|stands up|pushing back|flatter|weak/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\bshould be (?:confronting|standing up to|pushing back)\b|\bstand(?:s|ing)? up to (?:putin|russia|moscow|the kremlin|him)\b|\bflatter(?:s|ing|ed)? (?:putin|him|it|moscow|the kremlin)\b|(?:^|[.!?] )(?:so |just |how )?weak[.!]`,
      'u',
    ),
  },
  {
    // A concession or a trade named by its act and called mad: "swapping the alliance for a photo
    // op is insane". Strong enough to outweigh the lesser good it is set against ("X is one thing").
    cue: 'the trade called madness',
    gate: /madness|insan|lunacy|crazy|reckless|suicidal/,
    weight: -1.2,
    pattern:
      /\b(?:trading|swapping|sharing|handing|giving|lifting|easing|selling|bartering|gifting) (?:\w+ ){0,8}(?:is|would be|was) (?:\w+ )?(?:madness|insane|insanity|lunacy|crazy|reckless|suicidal)\b/u,
  },
];
