// Support argued by the course it asks for rather than by praise: less brinkmanship and more phone
// calls, the truce first and the blame later, the toll of every week without a deal, sanctions that
// will not end it alone, peace made with those one distrusts, a cautious yes, dialogue as a must.
// Each rule is a way of arguing with its usual variants, not a sentence from a labelled set;
// weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const RUSSIA = String.raw`(?:russia|moscow|putin|the kremlin|kremlin|the russians)`;
/** The hostile course the writer wants less of. */
const POSTURING = String.raw`(?:brinkmanship|sabre-rattling|saber-rattling|posturing|chest-thumping|bluster|threats|shouting|escalation|name-calling)`;
/** The engagement the writer wants more of. */
const CONTACT = String.raw`(?:phone calls|calls|talking|talks|diplomacy|dialogue|contact|meetings|handshakes)`;
/** The engagement's names, as what should come first or what is missing. */
const TRUCE = String.raw`(?:cease-?fire|truce|peace|talks|deal|agreement|de-?escalation)`;

export const COURSE_CUES: readonly GeneralCue[] = [
  {
    // "Less posturing and more phone calls, please": the hostile course traded for contact.
    cue: 'less posturing, more talking',
    gate: /less|please/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\bless (?:\w+ ){0,2}${POSTURING}\b[^.!?]{0,60}\bmore (?:\w+ )?${CONTACT}\b|\bmore ${CONTACT},? (?:please|less)\b`,
      'u',
    ),
  },
  {
    // "Truce first, recriminations later": the peace put before the reckoning. Strong enough to
    // outweigh the blame word it defers.
    cue: 'the truce first, the blame later',
    gate: /later|afterwards/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`(?:^|[.!?;] )(?:a |the )?${TRUCE}(?: now)?,? first,? (?:the )?(?:blame|recriminations|justice|accountability|score-settling|the rest|politics|tribunals?|trials?|finger-pointing) (?:later|afterwards)\b`,
      'u',
    ),
  },
  {
    // The toll of waiting: "every month without a truce is more funerals".
    cue: 'every week without a deal costs lives',
    gate: /without|with no/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`\bevery (?:day|week|month|year) (?:without|with no) (?:a |an )?${TRUCE}\b[^.!?]{0,60}\b(?:dead|lives|deaths|killed|funerals|casualties|graves|bodies)\b`,
      'u',
    ),
  },
  {
    // Pressure alone judged not to end it: the case for adding talks.
    cue: 'sanctions alone will not end it',
    gate: /alone|in place/,
    weight: 0.9,
    pattern:
      /\bsanctions alone (?:won'?t|will not|wouldn'?t|would not|can'?t|cannot|couldn'?t|could not|don'?t|do not|doesn'?t|does not|didn'?t|did not|never) (?:\w+ )?(?:end|finish|stop|solve|fix|work|bring)\b|\bsanctions (?:have|has) been in place for (?:years|a decade|decades|\w+ years)\b[^.!?]{0,60}\bstill\b/u,
  },
  {
    // The old line that peace is made with enemies, not friends. It grants the distrust, so it is
    // strong enough to outweigh the "don't trust" it concedes.
    cue: 'peace is made with those you distrust',
    gate: /friends|peace is made|refuse to|won|will not|don|do not|never/,
    weight: 1.5,
    pattern:
      /\byou (?:don'?t|do not) make peace with (?:your )?friends\b|\bpeace is made with (?:your )?(?:enemies|rivals|adversaries)\b|\byou make (?:it|peace) with (?:people|those|the ones) you (?:don'?t|do not) (?:trust|like)\b|\b(?:can'?t|cannot|can not) (?:negotiate|make peace|make a deal|strike a deal|agree) (?:\w+ ){0,3}with (?:people|someone|somebody|anyone|a country|a government|those) (?:you|we) (?:refuse to|won'?t|will not|don'?t|do not|never) (?:meet|talk to|speak to|speak with|talk with|sit down with)\b/u,
  },
  {
    // A hedged yes is still a yes: "count me as a cautious yes", "verify everything, but talk".
    cue: 'a cautious yes',
    gate: /yes|but talk|but keep|but engage/,
    weight: 0.9,
    pattern:
      /\b(?:count me (?:as|in as|down as)|put me down (?:as|for)|i'?m|i am) (?:a )?(?:cautious|tentative|qualified|reluctant|hesitant|nervous|grudging) yes\b|\bverify (?:everything|it all|every \w+),? but (?:talk|keep talking|engage)\b/u,
  },
  {
    // Dialogue as an obligation, not a favour: "Europe must keep a dialogue with Moscow".
    cue: 'dialogue is a must',
    gate: /dialogue|talks|channel|contact/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b(?:must|should|need to|needs to|has to|have to|ought to) (?:have|keep|hold|maintain|pursue|open|seek) (?:a |an )?(?:\w+ )?(?:dialogue|talks|channels?|contact) with ${RUSSIA}\b`,
      'u',
    ),
  },
];
