// Positions argued from the record rather than a verdict: years of hostility that "got us nothing"
// and left everyone where they were (so try talking), against every round of talks after which
// the other side took more, treaties broken for years, a nature that "doesn't change", sanctions
// eased just as they began to bite, and a thaw that only makes the regime stronger. Each rule is a
// way of arguing with its usual variants, not a sentence from a labelled set; weights are in score
// units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:russia|moscow|putin|the kremlin|kremlin|the russians|the regime|the bear)`;
/** The hostile course whose record is held against it: only these, so "years of talks got us
 * nothing" (the other side's argument) is not read as one. */
const HOSTILITY = String.raw`(?:threats|hostility|isolation|isolating (?:them|russia|moscow)|confrontation|sanctions|shouting|posturing|cold shoulders?|silence|sabre-rattling|saber-rattling|name-calling|brinkmanship|stand-?offs?)`;
const ENGAGING = String.raw`(?:talk|talks|talking|negotiat\w*|reaches? out|reached out|resets?|extends? a hand|offers? (?:a )?(?:deal|talks|a hand))`;
const TREATY = String.raw`(?:treat(?:y|ies)|agreements?|deals?|cease-?fires?|accords?|truces?)`;

export const RECORD_CUES: readonly GeneralCue[] = [
  {
    // "Sixty years of threats and here we still are": the hostile course has had its chance.
    cue: 'hostility got us nowhere',
    gate: /years of|decades of/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:years|decades) of (?:\w+ ){0,2}${HOSTILITY}\b[^.!?]{0,30}\b(?:and (?:here )?we(?:'re| are)? (?:still )?(?:here|are|stuck)|(?:got|gets|bought|brought) us nothing|achieved nothing|changed nothing|and nothing (?:changed|to show))\b`,
      'u',
    ),
  },
  {
    // The talks cast as the other side's opening: "every time we reach out, they take more".
    cue: 'every round of talks, they take more',
    gate: /every time|each time|whenever/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:every time|each time|whenever)\b[^.!?]{0,50}\b${ENGAGING}\b[^.!?]{0,40}\b(?:takes|took|grabs|grabbed|gets|invades|invaded|annexes|annexed|demands|wants) (?:more|another|the next)\b`,
      'u',
    ),
  },
  {
    // A record of cheating stated as ongoing: the new deal rests on a partner who breaks deals.
    cue: 'has broken the treaty for years',
    gate: /been /,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:they|he|${KREMLIN})(?:'ve| have| has|'s) been (?:breaking|violating|cheating on|ignoring|flouting) (?:the |every |each |its |that |our )?(?:\w+ )?${TREATY}\b`,
      'u',
    ),
  },
  {
    // The other side's nature as the reason to expect nothing: "the bear doesn't change".
    cue: 'their nature does not change',
    gate: /change|waits? for/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b${KREMLIN} (?:doesn't|does not|don't|do not|never|won't|will never|can't|cannot) change(?:s)?(?=[.!;,]|$| its spots| his spots)|\bwaits? for (?:you|us|the west|them|everyone) to (?:relax|look away|blink|get comfortable|let (?:your|our|their|its) guard down|drop (?:your|our|their|its) guard)\b`,
      'u',
    ),
  },
  {
    // Relief just as the pressure works: the deal throws away what was starting to pay off.
    cue: 'the sanctions were starting to bite',
    gate: /bite|biting|to work|to hurt/,
    weight: -0.9,
    pattern:
      /\b(?:sanctions|pressure|embargo)\b[^.!?]{0,20}\b(?:(?:were|are|was|is|had|have) )?(?:just |finally )?(?:starting|beginning|started|begun|begins|starts) to (?:bite|work|hurt)\b|\bsanctions (?:were |are )?(?:finally |just )?biting\b/u,
  },
  {
    // A thaw said to strengthen the regime at home: the writer's objection is to the rapprochement.
    cue: 'only makes the regime stronger',
    gate: /stronger|strengthen/,
    weight: -1.1,
    pattern: new RegExp(
      String.raw`\bmak(?:es|e|ing) ${KREMLIN} (?:only |even |much |far |a lot )?stronger\b|\bstrengthen(?:s|ing)? ${KREMLIN}(?:'s)? (?:grip|hold|position|regime)\b`,
      'u',
    ),
  },
];
