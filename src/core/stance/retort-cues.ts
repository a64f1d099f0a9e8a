// Distrust and mockery said through set retorts rather than the usual keywords: trusting someone
// "as far as I can throw him", "nothing to see here, move along", "throw in Alaska while we're at
// it", the smiles that come before the tanks, the strings or the script of a staged show, a truce
// that is a pause for reloading. Each is a stock turn of phrase with its usual variants, not a
// sentence from a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

export const RETORT_CUES: readonly GeneralCue[] = [
  {
    cue: 'trusts them as far as he can throw them',
    gate: /as far as/,
    weight: -1,
    // A negated "don't trust them as far as…" is already read by the plain distrust cue.
    pattern:
      /(?<!(?:n't|not|never|dont) )\btrust (?:\w+ ){0,4}(?:about |only )?as far as (?:i|you|we|anyone) (?:can|could) (?:throw|spit|kick)\b/u,
  },
  {
    // The cover-up mocked: said of the meeting, it insinuates what the writer will not spell out.
    cue: 'nothing to see here',
    gate: /nothing to see|move along/,
    weight: -1.2,
    pattern: /\bnothing to see here\b|\bmove along,? (?:folks|people|everyone)\b/u,
  },
  {
    // A concession pushed to absurdity: "why not throw in Alaska while we're at it".
    cue: 'give them the rest while we’re at it',
    gate: /at it/,
    weight: -0.9,
    pattern:
      /\b(?:throw in|hand (?:over|back)|give (?:them|him|back)|gift)\b[^.!?]{0,40}\bwhile (?:we'?re|we are|you'?re|you are|they'?re|he'?s) at it\b/u,
  },
  {
    cue: 'smiles before the tanks',
    gate: /before the|before it|before they|before he/,
    weight: -0.9,
    pattern:
      /\b(?:smiles?|handshakes?|promises?|peace talks?|talks|summits?|hugs?|kisses|(?:warm|kind|sweet|friendly) words)\b[^.!?]{0,40}\b(?:came|come|comes|arrived?|went|go) (?:right |just )?before the (?:tanks|invasion|troops|bombs|missiles|knife)\b|\bsmiles? (?:\w+ )?(?:right |just )?before (?:it|they|he) (?:takes|grabs|invades|strikes|bites|attacks|moves)\b/u,
  },
  {
    cue: 'a staged show',
    gate: /strings|backstage|scripted|like/,
    weight: -0.9,
    pattern:
      /\bstrings (?:were|was|are|is) (?:clearly |plainly )?(?:visible|showing)\b|\b(?:see|saw|seen) the strings\b|\b(?:written|decided|scripted|settled) backstage\b|\blike (?:watching )?(?:a )?(?:pro wrestling|kabuki|a puppet show)\b|\bthe (?:whole thing|summit|meeting|negotiation|talks) (?:is|was|were) scripted\b/u,
  },
  {
    cue: 'a pause for reloading',
    gate: /reload|rearm|re-arm|regroup|resupply/,
    weight: -1.1,
    pattern:
      /\b(?:pause|break|breather|lull|timeout|time-out) (?:for|to) (?:reload|rearm|re-arm|regroup|resupply)\w*|\blets? (?:\w+ ){1,2}(?:regroup|rearm|re-arm|reload|resupply)\b/u,
  },
];
