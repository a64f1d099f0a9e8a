// How people back the talks as the lesser risk without praising anyone: silence between the big
// powers is what gets the small countries hurt ("when they stop talking, it is us who pay"),
// hotlines and channels are how crises are survived, the win taken as it comes ("I'll call that
// a win", "thumbs up", "it can be done"), the proverb that a bad peace beats a good war, the
// critics' comparison (Munich, Yalta, "stooge") rejected as a comparison, the critics asked for
// their plan, and the hypocrisy of those who praised talks until the other side held them. Also
// the forms non-native writers use ("it is better when the big ones talk", "I will take it").
// Each rule is a way of speaking with its usual variants, not a sentence from a labelled set;
// weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:russia|moscow|putin|the kremlin|the russians)`;
/** The two sides as the subject of talking, in the forms people use. */
const TWO = String.raw`(?:they|theyre|the two(?: (?:leaders|presidents|men|countries|sides))?|both sides|the leaders|the big ones|the presidents|(?:america|the us|washington) and (?:russia|moscow)|(?:russia|moscow) and (?:america|the us|washington))`;
/** The critics' words for the talks that a rebuttal names in order to reject them. */
const CHARGE = String.raw`(?:munich|yalta|appeasement|treason|betrayal|a betrayal|(?:a )?sell-?out|surrender|capitulation)`;

export const PRAGMATIST_CUES: readonly GeneralCue[] = [
  {
    cue: 'silence is the danger',
    gate: /talk|afraid of no/,
    weight: 0.8,
    pattern:
      /\bwhen (?:they|we|the (?:big|great) (?:ones|powers|countries)|the two(?: \w+)?|the superpowers|big countries|washington and moscow|the leaders) (?:don'?t|do not|stop|stopped|aren'?t|are not|won'?t|will not) talk(?:ing)?\b(?! (?:about|of)\b)|\bafraid of no (?:contact|talks|talking|dialogue)\b|\b(?:it is|it's|is) better when (?:they|the (?:big|great) (?:ones|powers)|the two|the superpowers|big countries|the leaders) (?:\w+ )?talk\b/u,
  },
  {
    cue: 'talks are how crises end',
    gate: /how you|how we|how they|how the world|reduce|keep|instead of|rather than|worse than/,
    weight: 1,
    pattern: new RegExp(
      String.raw`\b(?:talks|talking|hotlines?|back ?channels?|dialogue|diplomacy|contact)(?: and (?:\w+ )?\w+)? (?:are|is|was|were) how (?:you|we|they|the world) (?:avoid|avoided|prevent|stop|end|survive|survived|got out|got through|get through|came through)\b|\b(?:channels? of communication|dialogue|contact|talks|hotlines?)\b[^.!?]{0,60}\breduces? (?:the )?risks? of\b|\bkeeps? (?:the )?(?:pilots|jets|planes|soldiers|troops|sides|militaries) from (?:shooting|firing|killing)\b|\b(?:coordinating|cooperating|talking|working together|negotiating) (?:instead of|rather than) (?:fighting|shooting|bombing|killing)\b|\bwhat'?s worse than (?:\S+ ){0,2}(?:shaking (?:\S+ ){0,2}hands?|a handshake|talking to ${KREMLIN}|talks|a summit|a phone call)\b`,
      'u',
    ),
  },
  {
    // Also without the apostrophe or the "it" a hurried or non-native writer leaves out.
    cue: 'good that they talk',
    gate: /is good|'s good|its good|good that|good when|important|necessary/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b(?:is|it's|its) (?:good|important|necessary) (?:that |when )?${TWO} (?:talk|meet|speak)\b|\b(?:good|important|necessary) that ${TWO}(?: are)? (?:talk|meet|speak|talking|meeting|speaking)\b`,
      'u',
    ),
  },
  {
    cue: 'give it room',
    gate: /give it|give this|give them|give the|and let/,
    weight: 0.8,
    pattern:
      /\bgive (?:it|this|them|the (?:talks|deal|ceasefire|cease-fire|truce|thaw)) (?:room|time|a (?:fair )?(?:chance|shot|try))\b(?! to (?:reload|rearm|re-arm|regroup|resupply|reinforce|refit|dig in))|\b(?:relax|calm down|breathe),? and let (?:it|them) (?:work|play out)\b/u,
  },
  {
    cue: 'takes the win',
    gate: /will take it|ll call|ll count|will call|will count|things are|things lead|things add|steps are|steps lead|steps add|a start|thumbs up|pleasantly|encouraged|bonne/,
    weight: 0.8,
    pattern:
      /\bi(?:'ll| will) (?:call|count) (?:that|this|it) (?:as )?a (?:win|success|step forward)\b|\bi will take it\b(?! with| as| back)|\b(?:small|little|baby) (?:things|steps) (?:are how|lead to|add up)\b|\bit'?s a start\b|\b(?:grudging |reluctant |big )?thumbs up (?:from|for|to) (?:me|this|them|both|a \w+)\b|^(?:grudging |reluctant |big )?thumbs up\b|\bpleasantly surprised\b|(?:^|[.!?] )encouraged[.!]|\bi(?:'m| am) encouraged\b|\bbonne chance\b/u,
  },
  {
    // Said after a precedent ("we shared a space station", "they met at the Elbe"): hope, not a plan.
    cue: 'it can be done',
    gate: /can be done/,
    weight: 0.7,
    pattern: /\b(?:proves? |shows? )?(?:it|this|that|peace) can be done(?: again)?[.!]/u,
  },
  {
    cue: 'a bad peace beats a good war',
    gate: /better a|is better than/,
    weight: 0.9,
    pattern:
      /\bbetter an? (?:bad|lean|imperfect|poor|lousy|ugly|thin) (?:arrangement|deal|peace|agreement|compromise|settlement) than an? (?:good|fat|perfect|great|just|fair) (?:trial|war|lawsuit|fight|victory|case)\b|\ban? (?:bad|lean|imperfect|ugly) (?:peace|deal|arrangement|compromise|settlement) is better than an? (?:good|fat|just) (?:war|trial|lawsuit|fight)\b/u,
  },
  {
    cue: 'more than the last ones managed',
    gate: /more than|worth a handshake|worth shaking/,
    weight: 0.8,
    pattern:
      /\b(?:that'?s|thats|that is|which is) more than (?:the last|the previous|obama|bush|his predecessor|the other guy)(?: \w+)? (?:managed|did|achieved|got|ever did|could)\b|\bworth a handshake\b|\bworth shaking (?:hands|his hand)\b/u,
  },
  {
    // Strong enough to outweigh the charge it names in order to reject it.
    cue: 'the critics’ comparison rejected',
    gate: /munich|yalta|chamberlain|appeasement|wrong that|not every|saying|calling|comparing|who say|who call|who compare|t think|not think|t believe|not believe|t see how|not see how|paranoi|nonsense|silly|hysteri|overblown|absurd|ridiculous|a joke|nobody accus|nobody call|nobody ever|no one accus|no one call|no one ever/,
    weight: 1.8,
    pattern: new RegExp(
      String.raw`\bnot every (?:\w+ ){1,6}(?:is|means|equals) ${CHARGE}\b|\b(?:people|those|anyone|folks|everyone|commenters) (?:saying|calling|comparing|who say|who call|who compare) (?:this|it|that) (?:is |to |a |an )?(?:\w+ ){0,2}${CHARGE}\b[^.!?]{0,60}\b(?:don't|do not|clearly|never|need to|should|haven't|have not|have no idea|know nothing)\b|\b(?:don't|do not|can't|cannot) (?:think|believe|see how) (?:this|it|that|talking|a handshake|a phone call) (?:is|was|counts as) ${CHARGE}\b|\b(?:stooge|puppet|traitor|asset|collusion|agent)\W{0,2} (?:stuff|talk|thing|theory|story|line|narrative|claims?)\W{0,2} (?:is|are|was) (?:just |pure |mostly )?(?:paranoia|paranoid|nonsense|silly|hysteria|hysterical|overblown|absurd|ridiculous|a joke)\b|\b(?:nobody|no one) (?:accuses|accused|called|calls|ever called) (?:\w+ ){1,2}(?:of being )?(?:a |an |moscow's |putin's |the kremlin's )?(?:traitor|errand boy|puppet|stooge|lapdog|poodle|appeaser)\b|\bthe (?:munich|yalta|chamberlain|appeasement) (?:comparison|analogy|line|charge|argument|talk) is (?:lazy|silly|absurd|nonsense|tired|overblown|wrong|ridiculous|cheap|hysterical)\b|\b(?:munich|yalta|chamberlain|appeasement) (?:comparisons|analogies|references) are (?:what|how) (?:people|pundits|hawks|critics|they|you) (?:reach for|fall back on|use|say)\b|\b(?:you'?re|you are|they'?re|they are) wrong that (?:any |every |a )?(?:contact|talking|talks|meeting|handshake|summit|phone call)\b`,
      'u',
    ),
  },
  {
    cue: 'what is the critics’ plan',
    gate: /s your plan|s the plan|s their plan|is your plan|better idea|something else|something different|an inch/,
    weight: 1,
    pattern: new RegExp(
      String.raw`\b(?:ok|okay|fine|so|right),? (?:and |so )?what'?s (?:your|the|their) (?:plan|better idea)\b|\bwhat(?:'s| is) your (?:plan|alternative) for (?:ending|stopping|avoiding|dealing with|getting)\b|\bat some point you (?:have to |must |should )?(?:\w+ ){0,5}try something (?:else|different)\b|\b(?:haven't|have not|didn't|did not) (?:moved|budged|shifted) ${KREMLIN} an inch\b`,
      'u',
    ),
  },
  {
    cue: 'the critics’ double standard',
    gate: /until it was|parade|cheering|celebrating|applauding|praising|nobel|statue|medal|prize/,
    weight: 1,
    pattern:
      /\buntil it was (?:trump|him|a republican|the other (?:guy|side|party)) doing (?:it|the talking|the same)\b|\b(?:would be|would've been|would have been) (?:throwing (?:a )?parades?|cheering|celebrating|applauding|praising (?:it|him))\b[^.!?]{0,30}\bif (?:obama|hillary|clinton|biden|a democrat|the other (?:guy|side|party))\b|\bif (?:obama|hillary|clinton|biden|a democrat|a republican|the other (?:guy|side|party)) had (?:\w+ ){1,8}(?:there would|there'd|they would|they'd|you'd|we'd) (?:\w+ ){0,4}(?:nobel|parades?|statues?|medals?|prizes?|celebrating|cheering)\b/u,
  },
  {
    cue: 'engagement is smart',
    gate: /smart|sensible|wise|common sense|right call|rational|overtime|who've|who have|who seen|who fought|who been|who served|who actually/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:coordinating|cooperating|working|talking|dealing|engaging|negotiating) with ${KREMLIN}(?: \w+){0,3} (?:is|was|would be) (?:smart|sensible|wise|the smart (?:move|play|thing)|common sense|the right call|rational)\b|\b(?:dialogue|diplomacy|engagement|talking|talks|contact) is the (?:rational|sensible|smart|right|wise) (?:choice|course|call|thing to do)\b|\bdiplomats working overtime\b|\b(?:people|those|men|women|folks|vets|veterans|soldiers) who(?:'ve| have)? (?:actually )?(?:seen|fought in|been in|served in) (?:combat|war|battle)\b[^.!?]{0,40}\b(?:want|prefer|favou?r)\b`,
      'u',
    ),
  },
  {
    cue: 'you negotiate with adversaries',
    gate: /friends|what negotiation|what diplomacy|what negotiating/,
    weight: 1,
    pattern:
      /\byou (?:negotiate|make peace|make deals|talk) with (?:your )?(?:adversaries|enemies|rivals|foes),? not (?:with )?(?:your )?friends\b|\bthat'?s (?:literally |exactly )?what (?:negotiation|negotiating|diplomacy) is for\b/u,
  },
];
