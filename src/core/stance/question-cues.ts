// Questions that take a side: "since when is it a scandal to meet?", "why is it treason now?",
// "would the critics rather they did not talk?", "how many wars ended without talks?", "isn't this
// what we wanted?", "what did years of cold shoulders get us?", and on the other side "now we're
// supposed to trust them?", "would Reagan have handed that over? Not a chance.", "how do you
// negotiate with the one supplying the bombs?". VADER reads their words, not their point, and drops
// the praise in a question. Each rule is a way of asking with its usual variants, not a sentence
// from a labelled set.
import type { GeneralCue } from './general-cues.ts';

const TALK = String.raw`(?:meet|meeting|talk|talking|speak|speaking|call|calling|negotiat\w*|shake hands|shaking hands|sit down|sitting down|pick up the phone|picking up the phone)`;
const CHARGE = String.raw`(?:a scandal|scandal|a crime|crime|treason|treasonous|a sin|wrong|illegal|a betrayal|betrayal|outrageous|unthinkable|a firing offen[cs]e)`;
const CRITICS = String.raw`(?:the critics|critics|the hawks|hawks|the doubters|the sceptics|the skeptics|the naysayers|the pundits|the experts|you|they|people|everyone|commenters)`;
/** The hostile course whose record is asked about (only these: "what did the talks get us?" is the
 * other side's question). */
const HOSTILITY = String.raw`(?:cold shoulders?|isolation|isolating \w+|sanctions|threats|hostility|confrontation|shunning|silence|not talking|posturing|sabre-rattling|saber-rattling|name-calling|freezing \w+ out)`;
/** What a side does in the war it would negotiate to end. */
const WAGING = String.raw`(?:supplying|dropping|selling|providing|firing|arming|shelling|sending|making|bombing|flying)`;
const HEROES = String.raw`(?:reagan|churchill|thatcher|truman|kennedy|jfk|eisenhower|lincoln|roosevelt|fdr)`;

export const QUESTION_CUES: readonly GeneralCue[] = [
  {
    // Strong enough to outweigh the charge word it repeats in order to dismiss it.
    cue: 'since when is talking a crime',
    gate: /since when|why is/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`\bsince when (?:is|was|has|does|did|are) (?:it )?(?:been )?${CHARGE}\b[^.!?]{0,40}\b${TALK}\b|\bsince when (?:is|was|are|has) (?:\w+ ){0,2}(?:talking|meeting|diplomacy|a phone call|a handshake|speaking|negotiating)\b[^.!?]{0,20}\b${CHARGE}\b|\bsince when (?:did|does|has|is|was) (?:wanting|seeking|asking for|pursuing|favou?ring|supporting|working for) (?:peace|d[ée]tente|diplomacy|dialogue|a deal|a truce|a cease-?fire)\b|\bwhy is (?:it|talking|meeting|a phone call|a handshake) (?:suddenly |now )?${CHARGE} (?:now |suddenly )?(?:to )?${TALK}\b[^.!?]{0,40}\bnow\b`,
      'u',
    ),
  },
  {
    // The critics asked for their alternative, which is silence or a fight.
    cue: 'would they rather nobody talked',
    gate: /rather|prefer/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`\bwould ${CRITICS} (?:\w+ )?(?:rather|prefer)\b[^.!?]{0,30}\b(?:didn'?t|did not|don'?t|never|not|stop(?:ped)?|refused? to) (?:\w+ )?${TALK}\b|\bwould ${CRITICS} (?:\w+ )?(?:rather|prefer) (?:we |they )?(?:go to war|fight|bomb|start a war|have a war)\b|\bwould you (?:rather|prefer) (?:they|we|the two|both|the leaders|them) (?:\w+ )?(?:talked|talk|talking|spoke|speak|met|meet|negotiated|negotiate)\b,? or\b`,
      'u',
    ),
  },
  {
    cue: 'no war ended without talks',
    gate: /how many/,
    weight: 0.9,
    pattern:
      /\bhow many (?:wars|conflicts|crises|standoffs)\b[^.!?]{0,40}\bwithout\b[^.!?]{0,30}\b(?:talk|talks|talking|negotiat\w*|diplomacy|dialogue|a deal|sitting down|speaking)\b/u,
  },
  {
    cue: 'what we always wanted',
    gate: /what we|what everyone|what all of us/,
    weight: 0.9,
    pattern:
      /\b(?:isn'?t|is not|wasn'?t) (?:this|that|peace|it) (?:exactly )?what (?:we|everyone|all of us) (?:always |have always |all |once )?(?:said (?:we )?)?want(?:ed)?\b/u,
  },
  {
    // An indignant question after the other side's record: "…and now we're supposed to trust them?"
    cue: 'now we are supposed to trust them?',
    gate: /supposed to/,
    weight: -0.9,
    pattern:
      /\b(?:now|and|so) (?:we're|we are|i'm|i am|you're|you are|america is) (?:\w+ )?supposed to (?:trust|sign|believe|partner|cooperate|work|shake|share|take (?:their|his) word)\b[^.!?]*\?/u,
  },
  {
    cue: 'turns it down',
    gate: /no,? thank/,
    weight: -0.7,
    pattern: /(?:^|[.!?] )no,? thank(?:s| you)(?:[.!]|$)/u,
  },
  {
    // A hero of the old hawks asked whether he would have given this away; the answer is no.
    cue: 'the old hawks would not have',
    gate: /reagan|churchill|thatcher|truman|kennedy|jfk|eisenhower|lincoln|roosevelt|fdr/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\bwould ${HEROES} (?:ever )?have (?:handed|given|gave|lifted|traded|signed away|trusted|accepted|caved|bowed|settled for|believed)\b[^?]{0,120}\?\s*(?:not a chance|no|never|of course not|hardly|not on your life|no way)\b`,
      'u',
    ),
  },
  {
    cue: 'what did the cold shoulder get us?',
    gate: /years of|decades of|months of/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\bwhat (?:exactly |really |precisely )?(?:did|has|have) (?:all )?(?:those |these |the )?(?:\w+ )?(?:years|decades|months) of (?:\w+ ){0,2}${HOSTILITY}\b[^.!?]{0,20}\b(?:get|got|gotten|buy|bought|achieve|achieved|bring|brought) (?:us|anyone|anybody|the west)\b`,
      'u',
    ),
  },
  {
    // A deal with the side waging the war asked about in disbelief: the talks are a contradiction.
    cue: 'how do you negotiate with the one doing it?',
    gate: /how do|how can|how could|how would|why would/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\bhow (?:do|can|could|would) (?:you|we|anyone|they) (?:negotiate|make peace|make a deal|strike a deal|broker|agree|trust)\b[^.!?]{0,40}\bwith (?:the (?:guy|man|men|people|side|regime|country|ones?)|someone|somebody|a (?:man|guy|regime|country|side)) (?:who(?:'s| is| are)? |that(?:'s| is)? )?(?:\w+ )?${WAGING}\b[^?]*\?|\bwhy would (?:one more|another|a new|yet another|this|one) (?:handshake|deal|treaty|promise|summit|agreement|meeting|signature|photo-?op|phone call|piece of paper)\b[^.!?]{0,40}\b(?:make|change|stop|keep)\b[^?]*\?`,
      'u',
    ),
  },
];
