// Ways of speaking for the rapprochement that the older tables miss because they are phrased as
// comparisons, acceptances or imperatives rather than verdicts: "I'd rather have X than armies",
// "I'll take an ugly ceasefire", "give this a chance", "lower the temperature", "you don't need
// trust to sign a verifiable deal", the critics' alarm mocked. Each rule names a kind of
// expression with its usual variants, never a sentence from a labelled set.
import type { GeneralCue } from './general-cues.ts';

/** What talking is set against: the fighting, its cost and its instruments. */
const FIGHTING = String.raw`(?:war|wars|armies|army|fighting|bomb\w*|missiles?|nukes?|shooting|tanks|trenches|bunkers?|dead|deaths|body bags|coffins|escalation|confrontation|weapons?|drones?|isolation|threats?)`;
const TALKING = String.raw`(?:talk\w*|diplomacy|dialogue|cooperation|engagement|negotiat\w*|peace|d[ée]tente|handshakes?|deals?|ceasefires?|cease-fires?|(?:a |the )?tables?)`;

export const ENGAGEMENT_CUES: readonly GeneralCue[] = [
  {
    cue: 'prefers talking to fighting',
    gate: /rather|prefer|better|>|beat|trumps|cheaper|war|fighting|bomb|win|fewer|less |even one|even a single|costs nothing|cost of not|price of not|as long as|while|every day|quiet|silen|ww|wants to|end to/,
    weight: 1,
    pattern: new RegExp(
      String.raw`\b(?:peace|deal|handshake|treaty|ceasefire|truce|summit|talks|meeting|phone call)s? over (?:a |an )?(?:\w+ )?(?:war|fighting|bombs?)\b|\b(?:nobody|no one|no-one) wins (?:a |an )?(?:nuclear )?war\b|\bno winners in (?:a )?(?:nuclear )?war\b|\b(?:how|every|all) wars? end(?:s)?[:,]? (?:\w+ )?(?:with|at|around)\b|\bhow (?:every|all|most) wars? (?:in history )?(?:has |have )?ended\b|\bnot (?:in |fight(?:ing)? )?(?:a |another )war with\b|\bcosts? nothing to (?:talk|meet|try|ask)\b|\b(?:cost|price) of not (?:talking|meeting|negotiating)\b|\b(?:as long as|while|every day) (?:they|we|the two \w+)(?:'re| are)? (?:still )?talk\w*\b.{0,40}\b(?:not|nobody|no one|nobody's)\b|\bguns (?:go|fall|are|went) (?:quiet|silent)\b|\ban end to the (?:shelling|fighting|killing|bombing|war) (?:is|would be) worth\b|\b(?:nobody|no one)\b.{0,30}\bwants? to (?:send \w+ \w+ to )?(?:fight|die|go to war)\b|\bsilence the guns\b|\b(?:doesn't|does not|don't|do not|isn't|is not) (?:want|wanting|trying to start) (?:world war (?:three|3|iii)|ww3|wwiii|a war|another war|(?:a )?nuclear war)\b|\b(?:fewer|less) (?:funerals|body bags|coffins|bombs|wars?|dead|deaths|shooting)\b|\bsav(?:e|es|ed|ing) even (?:one|a single)\b|\b(?:everyone|everybody|both sides|both countries) wins?\b|\bwin-win\b|\b(?:don't|do not|nobody|no one) wants? (?:a |another )?(?:war|fight)\b|\b(?:rather|prefer)\b.{0,40}\b(?:talk\w*|meet\w*|negotiat\w*|speaking|at the table)\b.{0,30}\bthan\b|\b(?:rather|prefer)\b.{0,60}\bthan\b.{0,40}\b${FIGHTING}\b|(?<!\bno |\bnot |\bhardly )\bbetter\b.{0,80}\bthan (?:\w+ ){0,4}${FIGHTING}\b|\b${TALKING}(?: \w+)?\s*(?:>|beats?|trumps) ?(?:\w+ ){0,3}${FIGHTING}\b|\b${TALKING} (?:is|are) cheaper\b|\bcheaper than (?:a |another )?war\b`,
      'u',
    ),
  },
  {
    // The imperfect deal accepted for what it stops: "I'll take ugly", "a ceasefire is still a ceasefire".
    cue: 'takes an imperfect deal',
    gate: /take|still a|better|loaf/,
    weight: 0.9,
    pattern:
      /\bi'?ll take (?:it|that|ugly|imperfect|the deal|an? \w+ (?:deal|peace|ceasefire|cease-fire|truce))\b(?! with)|\bbetter than (?:no (?:deal|loaf|agreement|treaty|peace)|nothing)\b|\bhalf a loaf\b|\bis still an? (?:ceasefire|cease-fire|truce|deal|peace)\b|\b(?:imperfect|ugly|messy|bad|flawed) (?:deal|peace|ceasefire|cease-fire) (?:is )?(?:still )?better\b/u,
  },
  {
    cue: 'wants the deal made',
    gate: /deal|done|chance|more|shot|favou?r|try|talk|going|alive|with|table|what|sign|coming/,
    weight: 0.8,
    pattern:
      /(?<!\b(?:can't|cannot|can not|don't|never|won't|not) )\bmake (?:the|a|this) deal\b|(?:^|[.!?,;:] )(?:just |so )?sign (?:it|the deal|the treaty)(?: twice| already| now)?[.!]|\btalk first\b|\bkeep (?:them|it|those|these) coming\b|(?:^|[.!?] )keep (?:going|at it|talking)[.!]|\b(?:can|could|shouldn't) we (?:at least )?try\b|\bat least try\b|\bget(?<!\b(?:can't|cannot|couldn't|could not|never|won't|didn't|did not) (?:even )?get) (?:it|the deal|a deal|this) done\b|(?:^|[.!?] )(?:just )?take the deal\b|\bgive (?:this|it|them|talks|diplomacy|peace|d[ée]tente|the talks|the deal) a (?:chance|shot)\b|\btalk more\b|\bkeep (?:the )?(?:dialogue|talks|conversation|channels?|lines?|diplomacy) (?:going|open|alive)\b|\b(?:need|have) to (?:be able to )?talk (?:to|with)\b|\bmore (?:of )?(?:that|this|talking|talks|dialogue|diplomacy|trade),? please\b|\b(?:worth|deserves?) a (?:fair |real |decent |proper )?(?:try|shot|chance)\b|(?:^|[.!?] )(?:so )?(?:yes, )?(?:talk|keep talking|let them talk|talk to (?:them|him|each other|russia|moscow|putin))[.!]|\bthat'?s what (?:leaders|diplomats|presidents|diplomacy|embassies) (?:are|is) for\b|\bi'?ll (?:take|pick|choose) the deal\b|\blet'?s (?:try|give it|talk)\b|\bi'?m (?:all |totally |fully )?in favou?r of (?:it|this|that|the (?:talks|deal|summit|meeting)|talking|talks|diplomacy)\b|\bi'?m (?:all |totally |fully )?in favou?r[.!]|\bi'?m with (?:him|trump|the president) on this\b|\b(?:stay|stays|staying|stayed|came back|coming back|come back) (?:at|to) the table\b/u,
  },
  {
    cue: 'calls it the right call',
    gate: /right|need|wrong|justif|sensible|good|hope|credit|kudos|props|hats off|fine|something|vote|blessing|due|board|live|coexist|how you|how we|fewer sanctions|free up|dividend|could|can|cheer|applaud|looks like|ignore|critics|hawks|opponents/,
    weight: 0.8,
    pattern:
      /\b(?:was|is|'s|be) (?:absolutely |exactly |definitely |clearly |probably |surely |still )?the right (?:call|move|thing(?: to do)?|decision|approach)\b|\bhe(?:'s| is) right (?:on|about) (?:this|russia|that)\b|\bon (?:this|russia)(?: one)?(?: thing| issue)?\b.{0,80}\bhe(?:'s| is) right\b|\b(?:his|the|their) critics (?:are|were) wrong\b|\b(?:they|the critics|the hawks|the pundits) were wrong (?:then|before|about)\b|\bexactly what (?:we|the world|this country|the country|everyone) needs?\b|\bneeds? (?:a )?(?:working|good|better|normal) relationship\b|\bjustif(?:y|ies|ied) (?:the )?(?:whole )?(?:rapprochement|talks|deal|summit|meeting|outreach)\b|\bthe sensible thing\b|\bgood for (?:trump|him|the president)\b|\bhope (?:this|it|that|the \w+) (?:one )?(?:sticks|holds|lasts|works)\b|\bhopeful\b|\b(?:got|gets|get) (?:this|it|one) right\b|\bthis (?:it|he|they) got right\b|\b(?:find a way to|have to|learn to|must) (?:live|coexist) with (?:it|them|russia|each other)\b|\b(?:critics|hawks|the hawks|opponents) (?:have|offer) (?:nothing|no alternative|no plan)\b|\bi'?ll (?:cheer|applaud|support|back) (?:this|it|that)\b|\bwhat (?:diplomacy|peace|statesmanship|leadership) looks like\b|\bignore the (?:\w+ ){0,2}(?:panic|pundits|hawks|hysteria|critics|doomsayers)\b|\b(?:gets|has|have) my (?:vote|support|blessing)\b|\bcredit where (?:credit is |it's |it is )?due\b|\bi'?m on board\b|\bpeace dividend\b|\bfree up (?:billions|money|funds|resources)\b|\bif (?:kennedy|reagan|nixon|jfk|eisenhower) could (?:talk|meet|negotiate|deal)\b|\b(?:is|that's|it's) fine (?:by|with) me\b|\bfine in my book\b|\b(?:that's|this is) how (?:you|we) (?:build|make|keep|get) peace\b|\bfewer sanctions\b|\bstart of something (?:good|great|new|positive)\b|\bgood for both (?:countries|sides|nations)\b|\bdon'?t care who gets (?:the )?credit\b|\b(?:good|credit|kudos|props|hats off) (?:for|to|on) (?:\w+ ){1,3}for (?:trying|talking|meeting|reaching out|picking up|sitting down|making)\b/u,
  },
  {
    cue: 'welcomes it',
    gate: /home|happier|pleased|worth|finally|adults|opening|opportunit|good that|relieved|worth it|good news|step|glad|happy|pleased|overdue|sanity|sense|reason|grown|adults/,
    weight: 0.8,
    pattern:
      /\bfinally,? (?:a|an|some(?:one|body)|somebody)\b.{0,60}\b(?:who|that|talking|doing|trying|understands|isn't|is not)\b|\b(?:i(?:'m| am) (?:so |very |truly |really )?|should be )relieved\b|\b(?:gets?|brings?|brought|got) (?:\w+ ){0,2}(?:hostages|prisoners|detainees|sons|daughters|citizens) (?:back|home)\b|\b(?:are|is|was|would be|will be) worth it\b|\b(?:adults|grown-?ups) talk\b|\badults (?:are )?(?:back )?in the room\b|\bgood that (?:they're|they are|we're|we are) (?:there|talking|meeting|at the table)\b|\b(?:genuine|real|rare|historic) (?:opening|opportunity)\b|\b(?:is|it's|that's|this is) good news\b|\b(?:a |another )(?:good|positive|small|big|welcome|real|important|first) step\b(?! back)|\bsteps? forward\b|\bworth (?:reviving|repeating|trying again|pursuing|restoring)\b|\b(?:couldn't|could not) be (?:happier|more pleased|more relieved)\b|\bfinally,? (?:some )?(?:sanity|common sense|good sense|adults|grown-?ups)\b|\bvoice of reason\b|\boverdue\b|\b(?:glad|happy|pleased) (?:\w+ ){0,4}(?:is |are )?(?:finally )?(?:trying|doing (?:it|this|that|something))\b/u,
  },
  {
    cue: 'lowers the tension',
    gate: /safer|lower|reduc|cut|tension|sleep|channel|line|hotline|deconflict|reopen|restor|resum|restart|normal|bring|open/,
    weight: 0.8,
    pattern:
      /\blower(?:s|ing)? (?:the )?(?:temperature|tensions?|stakes)\b|\b(?:cool|cools|cooling|calm|calming|ease|eases|easing|reduce|reducing|defuse|defusing) (?:down )?(?:the )?tensions?\b|\bsleep (?:better|easier)\b|\bfeel (?:\w+ ){0,2}safer\b|\bwe(?:'re| are) (?:all )?(?:a little |a bit |much )?safer\b|\b(?:channels?|lines?) (?:are |is |stay |stays )?open\b|\bkeep(?:ing)? (?:the )?(?:channels?|lines?) open\b|\b(?:working|open|reopen\w*|restor\w*) (?:the |a )?hotlines?\b|\bdeconflict\w*\b|\b(?:lower\w*|reduc\w*|cut\w*) (?:the )?(?:risk|odds|chances?|danger) of (?:a |an )?(?:armageddon|catastrophe|escalation|conflict|war|nuclear \w+)\b|\b(?:restor\w*|reopen\w*|resum\w*|restart\w*|bring(?:ing)? back|normal|open(?:ing)? (?:up )?) ?(?:the )?(?:normal )?(?:trade|routes|markets|flights|consulates|embassies|exchanges|channels|inspections|ties|trade relations)\b/u,
  },
  {
    // The critics' alarm acted out to be laughed at; strong enough to outweigh the word it mocks.
    cue: 'mocks the critics’ alarm',
    gate: /pearl|dare|oh no|worked|'|"|“|analogy|comparison|weakness|stop|quit|monger|chicken|sky/,
    weight: 1.8,
    pattern:
      /\bclutch\w* (?:\w+ )?pearls\b|\bpearl-?clutch\w*\b|\bhow dare (?:a |the |he |they |two )?(?:\w+ ){0,3}(?:talk|speak|meet|negotiate|shake)\b|(?:^|[.!?] )oh no,? (?:\w+ ){0,8}(?:are |is )?(?:having an? (?:conversation|chat|phone call|meeting)|talking to each other|talking|agreed|agree|met|shook hands|spoke)\b|\b(?:refusing|refusal|isolation|isolating|not talking|shunning|sanctions)\b.{0,60}\bworked (?:out )?(?:so|really|very|such) (?:well|brilliantly|great|wonderfully)\b|(?<!\b(?:word|term|label|phrase|words|either))(?:^|[\s(])['"“](?:russian )?(?:asset|(?:putin's )?puppet|traitor|treason|collusion|appeasement|kompromat|agent)['"”](?=[\s.,;:!?)]|$)(?! (?:or|and) (?:the (?:people|ones|folks|crowd) (?:shouting|yelling|screaming|crying|saying) )?['"“])|\b(?:lazy|false|silly|tired|bad|cheap|absurd|ridiculous) (?:analogy|comparison)\b|\b(?:is not|isn't|ain't|is no|not) (?:a sign of )?weakness\b|\b(?:stop|quit) (?:treating|calling|acting like|pretending)\b.{0,40}\b(?:betrayal|treason|appeasement|surrender|collusion)\b|\b(?:doom|fear|scare|war)-?mongers?\b|\bchicken littles?\b|\bthe sky (?:didn't|did not|won't|will not|hasn't|isn't) fall\w*\b/u,
  },
  {
    cue: 'you talk to adversaries',
    gate: /alternative|refus|can'?t|make peace|adversar|enem|rival|anyway|still|yet|kept|of course|job/,
    weight: 0.8,
    pattern:
      /\bwhat(?:'s| is| exactly is| really is) (?:\w+ )?(?:your |the )?alternative\b|\balternative to (?:a |the )?(?:talking|talks|deal|diplomacy|dialogue|negotiat\w*)\b|\bby refusing to\b|\bcan'?t (?:mend|fix|solve|settle|end|resolve|make peace)\b.{0,60}\b(?:won't|will not|refuse to|don't) (?:speak|talk)\b|\bmake peace with (?:your |the )?(?:rivals?|enem(?:y|ies)|adversar(?:y|ies)|russia|moscow|putin|the russians)\b|\btalk\w* (?:to|with) (?:your |an |the )?(?:adversar\w*|enem\w*|rivals?)\b|\b(?:and )?(?:still|yet|anyway) (?:flew|went|met|talked|sat down)\b|\bkept (?:on )?(?:meeting|talking)\b|\bof course (?:he|they|we|the president|trump) (?:should|must|can) (?:meet|talk|speak|sit down|negotiate)\b|\b(?:that's|it's|talking is|meeting is) (?:the|his|their|a president's) job\b/u,
  },
  {
    // Distrust answered by verification: the deal does not rest on anyone's word.
    cue: 'verification, not trust',
    gate: /need|have|trust|verif|sign|distrust/,
    weight: 1.5,
    pattern:
      /\b(?:don't|do not|doesn't|does not) (?:need|have) (?:to )?(?:trust|like|admire|love)\b|\btrust (?:isn't|is not) the point\b|(?<!\bnot |\bun|\bnon-)\bverifiable\b|\bverify,? then\b|\b(?:liars|enemies|rivals|adversaries) sign (?:treaties|deals|agreements)\b|\bdistrusted each other\b/u,
  },
  {
    // Talking told apart from what the critics read into it: approval, surrender, danger.
    cue: 'talking is not endorsing',
    gate: /isn't|is not|doesn't|does not|doesnt|never|died/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`\b${TALKING}(?: (?:to|with) \w+)? (?:isn't|is not|doesn't mean|does not mean|doesnt mean) (?:the same as )?(?:an? )?(?:endorsement|endorsing|agreeing|approval|approving|agreement|surrender|friendship|weakness|loving|liking|trusting)\b|\b(?:handshakes?|phone calls?|conversations?|meetings?|talking|talks?) (?:\w+ )?never (?:killed|hurt|harmed)\b|\bnobody (?:ever )?died (?:from|of) (?:a |an )?(?:handshake|phone call|conversation|meeting|talking|talks)\b`,
      'u',
    ),
  },
  {
    // The critics' framing denied: talks are not a prize handed to Moscow ("…isn't a reward, it's a
    // tool").
    cue: 'not a reward',
    gate: /reward|gift|concession|favou?r|prize/,
    weight: 1.2,
    pattern:
      /\b(?:is not|isn't|is no|not) (?:a )?(?:reward|gift|concession|favou?r|prize)(?: (?:for|to)\b|[,;:] (?:it'?s|it is|but) (?:a |an )?(?:tool|instrument|means|necessity|job))/u,
  },
  {
    cue: 'sanctions failed',
    gate: /sanction|embargo|nowhere/,
    weight: 0.7,
    pattern:
      /\bsanctions (?:that |which )?(?:have |has )?(?:haven't|have not|didn't|did not|never) (?:\w+ ){0,2}(?:work|worked|change|changed|stop|stopped|achieve|achieved|moved)\b|\bsanctions\b.{0,80}\b(?:changed|achieved) nothing\b|\bsanctions (?:were|was) never going to work\b|(?:^|[.!?] )(?:ease|lift|drop|end) (?:the )?sanctions[.!]|\b(?:lost|losing|cost|costs|costing) (?:\w+ ){0,3}(?:to|from|because of) (?:the )?(?:embargo|sanctions|counter-sanctions)\b|\b(?:shouting|isolation|sanctions|confrontation|threats|sabre-rattling|saber-rattling|hostility) (?:\w+ ){0,3}(?:got|gotten|gets|led) us nowhere\b|\btime to (?:drop|lift|ease|end) (?:them|the sanctions|sanctions)\b/u,
  },
];
