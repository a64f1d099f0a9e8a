// How people argue about US–Russia relations in general, beyond the wording of the seed articles:
// the history of engagement (détente, hotlines, arms control), shared interests, the alternative to
// talking; and on the other side the regime's record, broken agreements, allies left exposed, the
// president compromised. Each rule is a way of speaking, not a sentence from a labelled set.
import type { GeneralCue } from './general-cues.ts';

const RUSSIA = String.raw`(?:russia|russians|putin|moscow|the kremlin|kremlin|the russians|the soviets|them)`;

export const RELATIONS_CUES: readonly GeneralCue[] = [
  // — support —
  {
    // Cold War leaders talked to their rivals and the talks paid off: the classic case for engagement.
    cue: 'engagement worked before',
    gate: /gorbach|brezhnev|khrushch|tente|came back|even during|even in the|even at the|space station|we talked|we negotiated|we dealt/,
    weight: 0.7,
    pattern:
      /\b(?:reagan|nixon|kennedy|jfk|eisenhower|carter|ford) (?:\w+ ){0,3}(?:met|talked to|talked with|sat down with|negotiated with|shook hands with) (?:\w+ )?(?:gorbachev|brezhnev|khrushchev|the soviets)\b(?!.{0,50}\b(?:in|by) (?:(?:may|june|july|october|november|december) )?(?:19|20)\d\d\b)|\b(?:gorbachev|brezhnev|khrushchev) (?:\w+ ){0,2}(?:ended|signed)\b(?!.{0,50}\b(?:in|by) (?:(?:may|june|july|october|november|december) )?(?:19|20)\d\d\b)|\bd[ée]tente (?:worked|works|was a success)\b|\bcame back with (?:salt|start|a treaty)\b|\beven (?:during|in|at) the (?:cold war|worst|bad(?:dest)? (?:years|times|days)|height of)\b|\bspace station\b(?![^.!?]*\?)|\bwe (?:talked|negotiated|dealt) (?:to|with) (?:mao|stalin|the soviets|brezhnev|khrushchev|the chinese|china|iran|north korea)\b/u,
  },
  {
    cue: 'talking is normal diplomacy',
    gate: /afraid|scared|job|harm|wrong with|every president|normal|ordinary|routine|statecraft|why can|nuclear powers/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b(?:afraid|scared|terrified) of (?:a |an |the )?(?:phone call|call|talking|talks|meeting|handshake|dialogue|diplomacy|conversation)\b|\bdiplomacy is (?:\w+ )?(?:the|their|his|a president's) job\b|\bwhat'?s (?:the harm|wrong) (?:in|with) (?:talking|meeting|a phone call|a meeting|dialogue)\b|\bevery (?:us |american )?president (?:\w+ ){0,3}(?:has )?(?:met|talked|negotiated)\b|(?<!\bnothing about )\b(?:this|it|that) is (?:perfectly )?normal(?: and healthy)?\b|(?<!\b(?:nothing about (?:this|it|that) is|not|n't|hardly) )\b(?:ordinary|routine|normal) (?:statecraft|diplomacy)\b|\bwhy can'?t we (?:trade|talk|get along|be friends|cooperate|work with)\b|\bnuclear powers (?:should|must|need to) (?:talk|have|keep)\b`,
      'u',
    ),
  },
  {
    cue: 'interests in common',
    gate: /common|shared|of both|we need|together|joint|cooperate with/,
    weight: 0.7,
    pattern: new RegExp(
      String.raw`\b(?:common|shared) (?:enem(?:y|ies)|interests?|ground|threats?)\b|\benem(?:y|ies) of both\b|\bwe need ${RUSSIA} (?:on|for|to help|in)\b|\b(?:do|work|working|achieve|fight|fought|beat|defeat|defeated|tackle) (?:\w+ ){0,2}together\b|\bjoint (?:counter-?terrorism|operations?|efforts?|patrols?)\b|\b(?:can|could|should) cooperate with\b`,
      'u',
    ),
  },
  {
    // "You'd rather have a war?": the critic's alternative named, and it is worse.
    cue: 'the alternative is worse',
    gate: /rather|alternative|better than|better a |war is/,
    weight: 0.8,
    pattern:
      /\brather have (?:a |another )?(?:war|cold war)\b|\b(?:what'?s|what is) (?:your|the) alternative\b|\bthe alternative (?:is|being) (?:\w+ ){0,3}(?:war|escalation|arms race|cold war)\b|\b(?:thaw|deal|peace|handshake|talks?) (?:\w+ )?(?:is )?better than (?:a |an )?(?:freeze|war|cold war|fighting|isolation)\b|\bbetter a \w+ (?:deal|peace) than a \w+ war\b|\bwar is (?:the )?worst\b|\brather (?:have|see) (?:a |an )?(?:working relationship|good relations|dialogue|talks|peace)\b/u,
  },
  {
    cue: 'hopeful about it',
    gate: /optimis|hope|cooler|kindly|more of this|bravo|this time|good move|not to like/,
    weight: 0.7,
    pattern:
      /\b(?:cautiously )?optimistic\b|\bhope (?:the |this |these |they )?(?:summit|talks?|meeting|deal|reset|thaw)?\s?(?:goes|go|works?|succeeds?|sticks?|holds?) (?:well|out)?|\bcooler heads\b|\bjudge (?:this|it|him|them) kindly\b|\bmore of this\b|\bbravo\b|\bmaybe this time\b|\bgood move\b|\bwhat'?s not to like\b/u,
  },
  {
    cue: 'sanctions hurt, not help',
    gate: /sanction/,
    weight: 0.7,
    pattern:
      /\bsanctions (?:only |just |mainly |mostly )?(?:hurt|punish|harm|starve) (?:ordinary|regular|innocent|the)\b|\bsanctions (?:haven'?t|have not|didn'?t|did not|never|don'?t|do not) (?:\w+ ){0,2}(?:work|change|changed|stop|stopped)\b|\b(?:easing|ease|lifting|lift|ending|dropping) (?:the |some )?(?:\w+ )?sanctions (?:would|will|could) (?:help|feed|save|lower|bring)\b|\bsanctions (?:\w+ )?(?:is|are) not a (?:strategy|policy|solution)\b/u,
  },
  {
    cue: 'trade, not walls',
    gate: /trade/,
    weight: 0.6,
    pattern:
      /\bbetter (?:to )?trade\b|\btrade (?:ties |links )?makes? (?:war|conflict) (?:expensive|costly|unlikely|less likely)\b|\btime to trade\b|\btrade again\b|\bresume trade\b|\btrade (?:with (?:them|russia) )?(?:instead of|rather than|not) (?:war|sanctions|walls)\b/u,
  },
  {
    // Naming the critics' word to mock it: "Calling every peace effort 'appeasement' is…", "Puppet? Please."
    cue: 'mocks the critics’ label',
    gate: /calling|please|come on|distraction|overblown/,
    weight: 1.8,
    pattern:
      /\bcalling (?:every|any|it|this|that|all) (?:\w+ ){0,4}['"‘“]?(?:appeasement|treason|betrayal|collusion|surrender)\b|\b(?:puppet|collusion|traitor)\?+ (?:please|come on|really)\b|\b(?:collusion|puppet|russia) (?:stuff|story|thing|talk|obsession) (?:is )?(?:a |just )?(?:distraction|overblown|nonsense)\b/u,
  },
  {
    cue: 'time for a thaw',
    gate: /about time|time (?:for|to) |de-?escalat|want peace|need peace/,
    weight: 0.7,
    pattern:
      /\babout time\b|\btime (?:for|to) (?:a |an )?(?:reset|thaw|d[ée]tente|talk|talks|dialogue|peace)\b|\bde-?escalat\w*\b(?! (?:zones?|memorandum|memoranda))|\b(?:we|they|people|everyone) (?:all )?(?:just )?(?:want|need) peace\b/u,
  },
  // — oppose —
  {
    cue: 'calls it shameful',
    gate: /shame|ashamed|embarrass|disgrac|humiliat|obscen|grotesque|sicken|nauseat|sick|what a/,
    weight: -0.6,
    pattern:
      /\b(?:shameful|shameless|no shame|disgrace(?:ful)?|humiliat(?:ing|ion)|obscene|grotesque|sickening|nauseating|makes? me sick)\b|\b(?:makes? me|i'?m|i am) (?:\w+ )?(?:ashamed|embarrassed)\b|(?:^|[.!?] )what a (?:joke|travesty|disgrace|farce)\b/u,
  },
  {
    cue: 'breaks its word',
    gate: /break|broke|violat|cheat|\blie|lying/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b${RUSSIA} (?:always |has )?(?:breaks|broke|violates|violated|broken|cheats|cheated on) (?:every|each|all|its)\b|\b${RUSSIA} (?:\w+ ){0,3}(?:lie|lies|lied|lying) to (?:us|you|the world|everyone)\b|\bbreaks? every (?:agreement|treaty|promise)\b`,
      'u',
    ),
  },
  {
    cue: 'a win for Putin',
    gate: /win|victor|legitima|reward|propaganda|everything|what he wants|all (?:he|they)|embolden|sided/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:handing|hand|hands|handed|give|gives|giving) ${RUSSIA} (?:a |another )?(?:win|victory|legitimacy)\b|\b(?:a|another) (?:win|victory) for ${RUSSIA}\b|\b${RUSSIA} gets? (?:legitimacy|everything|what he wants)\b|\blegitimacy\b|\bpropaganda (?:coup|win|victory|gift|bonanza)\b|\b(?:got|gets|get) (?:everything|all) (?:he|they) (?:asked for|wanted)\b|\bembolden\w*\b|\bone-?sided\b|\blet(?:ting|s)? (?:assad|putin|russia|moscow|the kremlin) win\b|\breward(?:s|ed|ing)? (?:him|them|a dictator)\b`,
      'u',
    ),
  },
  {
    cue: 'allies left exposed',
    gate: /allies|nato|baltic|balts|poles|ukraine|europe|poland|kyiv|kiev|carv|sphere|behind|price|yalta/,
    weight: -0.8,
    pattern:
      /\b(?:undermin\w+|abandon\w*|weaken\w*) (?:our |its |the )?(?:allies|nato|ukraine|the baltics|europe|the alliance)\b|\b(?:allies|nato|the baltics|balts|poles|ukraine|poland|kyiv|kiev|europeans)\b(?: [\w']+){0,4} (?:terrified|worried|alarmed|nervous|scared|horrified|appalled|aghast|furious|outraged|livid)\b|\bcarv(?:e|es|ed|ing) up\b|\bspheres? of influence\b|\byalta\b|\bbehind (?:its|their|our) backs?\b|\bwill pay the price\b/u,
  },
  {
    cue: 'compromised',
    gate: /owe|debt|beholden|kompromat|orders|payoff|payback|have on|love affair|quid|compromised|critici|condemn|call(?:s|ed|ing)? out/,
    weight: -0.9,
    pattern:
      /\b(?:owes|indebted to|in debt to|beholden to) (?:russia|moscow|putin|the kremlin|him)\b|\bkompromat\b(?! (?:theory|theories|story|narrative|stuff|thing|talk|obsession))|\btak(?:e|es|ing) (?:his )?orders (?:\w+ )?from\b|\bpay(?:off|back)\b|\bwhat (?:do|does) (?:they|putin|russia|the russians) have on\b|\bbusiness debts\b|\bcompromised\b|\blove affair\b|\bquid pro quo\b|\b(?:never|won't|will not|doesn't|does not) (?:\w+ )?(?:criticiz|criticis|condemn|call)\w* (?:out )?(?:putin|russia|moscow|the kremlin)\b/u,
  },
  {
    cue: 'the regime’s record',
    gate: /poison|critic|journalist|dissident|hospital|mh.?17|skripal|navalny|litvinenko|tell that to|war machine|ask (?:the )?(?:georg|ukrain|pole|chech|syri|eston|latvi|lithuan|finn)/,
    weight: -0.8,
    pattern:
      /\b(?:poison\w*|murder\w*|jail\w*|kill\w*) (?:his |its )?(?:critics|journalists|opponents|dissidents)\b|\bbomb\w* hospitals\b|\bmh-?17\b|\bskripal\b|\bnavalny\b|\blitvinenko\b|\btell that to\b|\bask (?:the )?(?:georgians|ukrainians|poles|chechens|syrians|estonians|latvians|lithuanians|finns)\b|\bwar machine\b/u,
  },
  {
    cue: 'not our friend',
    gate: /friend|allies|\bally|partner|negotiate|bargain|make deal/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b${RUSSIA} (?:is|are) (?:not|never|no) (?:our |your |a )?(?:friends?|ally|allies|partner)\b|\bnot our friend\b|\b(?:dont|don't|do not|never|you don't) (?:negotiate|bargain|make deals?) with\b`,
      'u',
    ),
  },
  {
    cue: 'seen it fail before',
    gate: /seen this|repeat|never learn|weak/,
    weight: -0.7,
    pattern:
      /\bseen this (?:film|movie|play|show|before)\b|\bnot repeat\b|\bnever learn\b|\b(?:this|that|it) is weakness\b|\bsigns? of weakness\b|\bweak on (?:russia|putin|moscow)\b/u,
  },
  {
    cue: 'keep the sanctions',
    gate: /sanction/,
    weight: -0.7,
    pattern:
      /\bsanctions (?:are|were) (?:working|biting|effective)\b|\b(?:keep|maintain|tighten|tougher|more) (?:the )?sanctions\b/u,
  },
  {
    // Raised in a thread about the talks, the meddling is an argument against them.
    cue: 'election interference',
    gate: /interfer|meddl|hack/,
    weight: -0.6,
    pattern:
      /\b(?:interfered|meddled) in our elections?\b|\belection (?:hacking|meddling|interference)\b/u,
  },
];
