// The deal called empty rather than bad: no terms to speak of, a press release "dressed up as" a
// treaty, nothing to verify because nothing was promised, a partnership that "lasts until the next
// tweet", a smile or a handshake that is "not a promise", a leader who "couldn't keep a promise".
// Each rule is a way of speaking with its usual variants, not a sentence from a labelled set;
// weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const DEAL = String.raw`(?:treaty|deal|agreement|accord|peace|policy|diplomacy|breakthrough|partnership|cease-?fire|truce|summit|reset|d[ée]tente|statesmanship)`;
const GESTURE = String.raw`(?:smiles?|handshakes?|hugs?|photos?|photo-?ops?|words|warm words|toasts?|pleasantries)`;

export const HOLLOW_CUES: readonly GeneralCue[] = [
  {
    cue: 'an empty deal dressed up',
    gate: /dressed up|disguised|masquerading|passed off|no actual|no real|no concrete/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:dressed up|disguised|masquerading|passed off) as (?:a |an )?(?:\w+ )?${DEAL}\b|\bno (?:actual|real|concrete) (?:terms|commitments?|details|substance)\b`,
      'u',
    ),
  },
  {
    // Verification mocked as moot: there is nothing in the deal to check.
    cue: 'nothing was promised',
    gate: /verify|promised|committed|pledged/,
    weight: -0.9,
    pattern:
      /\bnothing (?:concrete |real )?to verify\b|\b(?:haven't|have not|hasn't|has not|didn't|did not) (?:even )?(?:promised|committed to|pledged) (?:a single|one single|one|any) (?:concrete |real |specific |binding )?(?:thing|commitment|term|detail|step)\b/u,
  },
  {
    // The deal given a lifetime measured by the next outburst; only the deal's names, so an exhibit
    // that "lasts until the next season" is left alone.
    cue: 'lasts until the next tweet',
    gate: /until the next|till the next|til the next/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:${DEAL}|friendship|bromance|love affair|alliance|honeymoon)['"”’]? (?:\w+ )?(?:lasts?|will last|holds?|will hold|survives?|will survive) (?:only |exactly |just )?(?:until|till|til) the next\b`,
      'u',
    ),
  },
  {
    cue: 'a smile is not a promise',
    gate: /is not|are not|isn't|aren't|is no|ain't/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:a |an |the |their |his |(?:\w+ )?(?:russian|kremlin|putin's) )?${GESTURE} (?:(?:in|at|from|with|between) (?:\w+ ){1,2})?(?:is not|are not|isn't|aren't|is no|ain't) (?:a |an )?(?:\w+ )?(?:promises?|commitments?|guarantees?|treat(?:y|ies)|policy|peace)\b`,
      'u',
    ),
  },
  {
    // A leader's word held worthless: the deal rests on it.
    cue: 'cannot keep a promise',
    gate: /keep a promise|keep his word|keep their word|keep a deal/,
    weight: -0.9,
    pattern:
      /\b(?:couldn't|could not|can't|cannot|never|wouldn't|would not|won't) (?:even )?keep (?:a promise|his word|their word|a deal)\b/u,
  },
];
