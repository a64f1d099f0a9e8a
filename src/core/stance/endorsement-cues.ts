// How people back a step with credit or thanks rather than a praise word a lexicon knows: "he
// deserves credit", "thank you to both presidents", "good that this one does", "should have
// happened years ago", "I'd rather have the talks", "it isn't a sellout, it's basic diplomacy",
// "presidents call Moscow", joining another's approval ("…and so do I"), and thanking someone for
// ignoring the hawks. Each rule is a way of speaking with its usual variants, not a sentence from
// a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const LEADERS = String.raw`(?:him|them|trump|the president|both|both men|both leaders|the administration|the white house)`;
const ENGAGEMENT = String.raw`(?:d[ée]tente|the deal|the thaw|the talks|talks|dialogue|diplomacy|the reset|engagement|cooperation|the summit|the treaty)`;
const CHARGE = String.raw`(?:sell-?out|appeasement|surrender|treason|betrayal|weakness|capitulation|gift|reward|concession)`;
const SANE = String.raw`(?:diplomacy|statecraft|common sense|realism|good sense|prudence|how diplomacy works|the job)`;

export const ENDORSEMENT_CUES: readonly GeneralCue[] = [
  {
    cue: 'gives credit',
    gate: /credit/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:deserves?|deserved|earns?|earned) (?:some |real |full |a lot of |all the |the )?credit\b|\bgive ${LEADERS} (?:some |real |full )?credit\b`,
      'u',
    ),
  },
  {
    cue: 'thanks both leaders',
    gate: /thank/,
    weight: 0.9,
    pattern:
      /\bthank(?:s| you)(?: so much)? to (?:both|the two|all) (?:\w+ )?(?:presidents|leaders|men|sides|governments|teams|negotiators)\b|\bthank(?:s| you),? (?:both|the two) (?:presidents|leaders|men|sides)\b|\bthank (?:goodness|god|heavens) (?:somebody|someone|he|they|the president|trump) (?:ignored|didn't listen to|did not listen to|tuned out) (?:them|the pundits|the hawks|the critics|the experts)\b/u,
  },
  {
    // Not "good thing he didn't sign": the approval must be of the doing.
    cue: 'good that one does',
    gate: /good that|good thing/,
    weight: 0.8,
    pattern:
      /(?:^|[.!?] )good (?:that|thing) (?:this one|he|they|trump|the president|someone|somebody|this president|both|one of them) (?:does|did|is|are|do|finally|picked|called|talks?|meets?|went|made)\b(?!n't| not| nothing)/u,
  },
  {
    cue: 'should have happened long ago',
    gate: /ago/,
    weight: 0.9,
    pattern:
      /\bshould have (?:happened|been done|started|come|been signed|been set up|been agreed|been built)(?: \w+)? (?:years|decades|long|ages) ago\b/u,
  },
  {
    cue: 'rather have the talks',
    gate: /rather/,
    weight: 0.9,
    pattern:
      /\bi(?:'d| would)(?: much| far)? rather (?:have|see|keep|take) (?:the |them |these |some |a )?(?:talks|talking|dialogue|deal|diplomacy|summit|meetings?|negotiations|channels?|contact|hotline|them (?:talk|talking|at the table))\b/u,
  },
  {
    // Strong enough to outweigh the charge word it names in order to reject it.
    cue: 'not a sellout, just diplomacy',
    gate: /diplomacy|statecraft|sense|realism|prudence|the job/,
    weight: 1.5,
    pattern: new RegExp(
      String.raw`\b(?:isn'?t|is not|ain'?t|is no|not) (?:a |an )?${CHARGE}[,;] (?:it'?s|it is|that'?s|this is|just|but) (?:just |simply |only )?(?:basic |simple |normal |ordinary |plain |standard |old-fashioned )?${SANE}\b`,
      'u',
    ),
  },
  {
    // Talking to a rival called the ordinary work of the office.
    cue: 'presidents do call Moscow',
    gate: /presidents|leaders|prime ministers|heads of state/,
    weight: 0.6,
    pattern:
      /\b(?:presidents|leaders|prime ministers|heads of state) (?:\w+ )?(?:call|talk to|meet|meet with|speak to|speak with|phone) (?:moscow|russia|the kremlin|foreign leaders)\b/u,
  },
  {
    cue: 'joins the approval',
    gate: /so do |like|love/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:likes?|loves?|favou?rs?|welcomes?|wants?) (?:the |more |some )?${ENGAGEMENT}\b,? and so do (?:i|we)\b|\bi (?:really )?(?:like|love) (?:the |this )?${ENGAGEMENT}\b`,
      'u',
    ),
  },
  {
    cue: 'a good step',
    gate: /step/,
    weight: 0.8,
    pattern:
      /(?:^|[.!?] )(?:a )?(?:very|really|such a|so) (?:good|great|positive|important|welcome|big) step\b(?! back)/u,
  },
];
