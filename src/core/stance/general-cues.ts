// What people say about a rapprochement in general, in any dump: distrust of the other side, the
// deal as a giveaway or a reward for aggression, engagement as the sane course, the hawks answered.
// relations-cues.ts adds the wider US–Russia arguments (history, sanctions, allies, interference).
// Each rule is a way of speaking, not a sentence from a labelled set; weights are in score units
// (+ leans support, − oppose) like the domain cues, and the reason is shown to the reader.
import { CUE_TABLES } from './cue-tables.ts';
import { cuePrefilter, registerCueRegexes } from './cue-prefilter.ts';
import { NO_POSITION, NO_POSITION_GATE } from './no-position.ts';

export interface GeneralCue {
  readonly cue: string;
  readonly weight: number;
  /** Literals of which every match contains one: a cheap test that spares most comments the pattern. */
  readonly gate: RegExp;
  readonly pattern: RegExp;
}

const RUSSIA = String.raw`(?:russia|russians|putin|moscow|the kremlin|kremlin|the russians)`;
const ENGAGEMENT = String.raw`(?:talks?|talking|dialogue|diplomacy|engagement|engaging|cooperation|cooperating|(?:working|cooperating) with (?:${RUSSIA}|them)|peace|d[ée]tente|a thaw|warmer ties|negotiations?|(?:better|good|normal|working) (?:relations|relationship)|normal(?:ized|ised)? (?:relations|ties)|friendlier)`;

const GENERAL_CUES: readonly GeneralCue[] = [
  ...CUE_TABLES,
  // — oppose —
  {
    cue: 'distrusts the other side',
    gate: /trust|honou?red|kept|respect|broken|ink/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:dont|don't|do not|never|wouldn't|would not|can't|cannot|won't) (?:\w+ )?trust ${RUSSIA}|\b${RUSSIA} (?:has )?(?:never|not once) (?:honou?red|kept|respected)\b|\b${RUSSIA} (?:only )?respects? (?:only )?(?:strength|force)\b|\bbroken every (?:agreement|promise|deal)\b|\bbefore the ink (?:dries|is dry)\b`,
      'u',
    ),
  },
  {
    cue: 'an enemy, not a partner',
    gate: /adversar|enem|threat|murder|thug|thief|killer|gangster|criminal|gas station|deal/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`(?<!\b(?:say|says|said|tell|tells|told|claim|claims|claimed) )\b${RUSSIA} (?:is|are) (?:an? |our )?(?:adversary|enemy|enemies|threat|murderer|thug|thief|killer|gangster|war criminal)\b|\ba gas station with nukes\b|\bno deals? with (?:him|putin|russia|moscow|a dictator|a murderer|thugs?)\b|\badversary, not a partner\b`,
      'u',
    ),
  },
  {
    cue: 'rewards aggression',
    gate: /reward|gift|hand|give|nothing/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\breward(?:s|ed|ing)? (?:\w+ ){0,2}(?:aggression|annexation|invasion)\b|\breward(?:s|ed|ing)? ${RUSSIA}\b|(?<!\bnot a |\bisn't a |\bno )\bgifts? to ${RUSSIA}\b|\byou (?:don't|do not) (?:hand|give|offer) (?:\w+ ){0,2}(?:relief|concessions|rewards?) to (?:a|the|any) (?:regime|dictator|government|aggressor)\b|\b(?:handing|hands|handed|give|gives|giving) (?:syria|ukraine|crimea|europe|the baltics|${RUSSIA}) (?:\w+ ){0,3}(?:\w+ ){0,2}(?:on a plate|everything|what (?:he|they) wants?)\b|\bfor nothing\b|\b(?:we|us) (?:get|got) nothing\b`,
      'u',
    ),
  },
  {
    cue: 'played by the other side',
    gate: /play|rolled|up to|bow|laugh|fold|cave/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:being|been|getting|got|get) played\b|\bplayed for (?:fools|suckers)\b|\brolled over\b|\b(?:folds|folded|caves|caved) (?:in )?(?:to|every|whenever|when)\b|\b(?:coz(?:y|ying|ied|ies)|cos(?:y|ying|ied)|cuddl\w+|suck\w*) up to\b|\bbow(?:s|ed|ing)? (?:down )?to ${RUSSIA}\b|\b${RUSSIA} (?:is|are|will be|must be|'s|'ll be) laughing\b(?! (?:in|on) (?:every|each|all|the|this|that|those|these|his|their) (?:\w+ )?(?:photos?|pictures?|shots?|clips?|videos?|images?|frames?))|\b(?:putin|the kremlin|moscow) (?:will )?laugh\w*\b(?! (?:in|on) (?:every|each|all|the|this|that|those|these|his|their) (?:\w+ )?(?:photos?|pictures?|shots?|clips?|videos?|images?|frames?))|\blaughing all the way to\b`,
      'u',
    ),
  },
  {
    cue: 'a lapdog',
    gate: /poodle|lap|errand|bellhop/,
    weight: -0.9,
    pattern: /\b(?:poodle|lap ?dog|errand boy|bellhop)\b/u,
  },
  {
    cue: 'naive',
    gate: /na.v|kidding|guard|fig|eyed|rose-/,
    weight: -0.7,
    pattern:
      /(?<!\b(?:call me|i may be|maybe i'm|maybe i am|called|dismissed as|derided as|mocked as|branded|not|never) )\b(?:naive|naïve|naivety|naiveté|kidding (?:yourselves|ourselves|themselves)|guard down|fig leaf|starry-eyed|dewy-eyed|rose-(?:tinted|colou?red))\b/u,
  },
  {
    cue: 'will fail',
    gate: /nowhere|badly|doomed|fail|last|end well/,
    weight: -0.7,
    pattern:
      /\b(?:go(?:es)? nowhere|lead(?:s)? nowhere|ends? badly|doomed|bound to fail|will fail|never last|won't last|fail(?:ed)? before|(?:won't|will not|isn't going to|is not going to|can't|cannot|never) end well|(?:ending|end|ends) (?:any (?:other )?way |anyhow )?(?:except|but|other than) badly)\b/u,
  },
  {
    cue: 'appeasement',
    gate: /peace in|munich|chamberlain|yalta/,
    weight: -0.9,
    pattern:
      /\bpeace in our time\b|\bmunich\b(?! (?:comparisons?|analog(?:y|ies)|card|references?))|\bchamberlain\b(?!.{0,40}\b(?:rearm|historians))|(?<!\b(?:compar\w*|what|like|saying|calling|call|calls|called) (?:\w+ ){0,3})\byalta\b(?! (?:comparisons?|analog(?:y|ies)|card|references?|(?:conference )?(?:was|is|took place|happened) (?:held |in )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|19\d\d|crimea)\b|held)))/u,
  },
  {
    cue: 'treason',
    gate: /traitor|treason|manchurian/,
    weight: -0.8,
    pattern:
      /(?<!\b(?:not|n't|isn't|make|makes|making|him|anyone|someone|them|a|i am|i'm|call me|calls me|called me) )\b(?:traitor(?: in chief)?|treasonous|manchurian)\b/u,
  },
  {
    cue: 'a so-called deal',
    gate: /so-called/,
    weight: -0.7,
    pattern: /\bso-called (?:partnership|friendship|deal|reset|cooperation|cease-?fire|peace)\b/u,
  },
  // — support —
  {
    cue: 'engagement is the sane course',
    gate: /necessary|wise|sensible|sane|answer|the way|only|first|overdue|interest|good for|benefit/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b${ENGAGEMENT} (?:with ${RUSSIA} )?(?:(?:on|against|over) (?:\w+ ){1,2})?(?:is|are|would be|should|must) (?:\w+ ){0,2}(?:necessary|wise|sensible|sane|the answer|the way|the only (?:realistic )?(?:way|path)|come first|overdue|in (?:everyone's|our|both|the|america's|the us|our national|the national) (?:\w+ )?interests?|good for|a good (?:thing|idea))\b|\bonly realistic path\b|\bcan only be good\b|\bbenefits? both\b`,
      'u',
    ),
  },
  {
    // Strong enough to outweigh the "appeasement" or "puppet" word it names in order to reject it.
    cue: 'rejects the critics’ word',
    gate: /appeasement|surrender|treason|betrayal|nonsense|smear|story|narrative|line|hysteria|hoax|garbage/,
    weight: 1.8,
    pattern:
      /\b(?:talking|talks|diplomacy|engagement|dialogue|it|this|that) (?:is not|isn't|ain't|is no) (?:appeasement|surrender|treason|betrayal)\b|\b(?:puppet|collusion|traitor) (?:nonsense|smear|story|narrative|line|hysteria|hoax|garbage)\b/u,
  },
  {
    cue: 'let them talk',
    gate: /let them|let the|let him|keep talking|talk away|isolation|talk to|sit down|try talking|trying talking|try diplomacy|trying diplomacy|try dialogue|trying dialogue|going|alive/,
    weight: 0.8,
    pattern: new RegExp(
      // "Talk to Russia" as advice at the start of a sentence, not "Obama didn't talk to Russia".
      String.raw`\b(?:let them (?:talk|meet|deal|negotiate|try|agree|make a deal)|keep talking|talk away|engagement, not isolation)\b|\blet (?:the man|the president|the two(?: of them)?|them both) (?:talk|negotiate|meet|try)\b|\blet him (?:negotiate|make a deal|try)\b|\bsit down and talk\b|\b(?:maybe|why not|how about|just) (?:try|trying) (?:talking|diplomacy|dialogue)\b|\bkeep (?:the )?(?:\w+ )?(?:talks|dialogue|conversation) (?:going|alive)\b|(?:^|[.!?;,:] )(?:talk to|sit down with) ${RUSSIA}\b`,
      'u',
    ),
  },
  {
    cue: 'ends a war',
    gate: /war|arms race|bombing|killing|safer|dangerous|risk|duck/,
    weight: 0.8,
    pattern:
      /(?<!\b(?:won't|will not|doesn't|does not|didn't|did not|can't|cannot|never|not) )\b(?:end|ending|ends|stop|stops|stopping|avoid|avoids|prevent|prevents)(?: the| this| a| another)? (?:new )?(?:cold war|arms race|proxy wars?|bombing|killing|nuclear war|war)\b|\b(?:safer|less dangerous) (?:world|place)\b|\blower(?:s)? (?:the )?risk of (?:nuclear )?war\b|\bduck-and-cover\b/u,
  },
  {
    cue: 'not our enemy',
    gate: /enem/,
    weight: 0.8,
    pattern: /\bnot (?:our|the) enem(?:y|ies)\b|\btired of being the enemy\b/u,
  },
  {
    cue: 'the hawks answered',
    gate: /warmonger|war ?party|hawks|hard-?liners|neocon|cold warrior|russiagate|witch|hysteria|permanent|bogey|demoni/,
    weight: 0.8,
    pattern:
      /\b(?:warmongers?|war ?party|(?:war|the) hawks|hard-?liners|neocons?|cold warriors|russiagate|witch ?hunt|collusion hysteria|the hysteria|permanent enem(?:y|ies)|bogey ?m[ae]n|demoni[sz]\w*)\b/u,
  },
  {
    cue: 'summits worked before',
    gate: /reagan|nixon|kennedy|brandt|ostpolitik|jaw-jaw/,
    weight: 0.6,
    pattern:
      /\b(?:reagan|nixon) (?:\w+ ){0,3}(?:met|talked (?:to|with)|sat down with|negotiated with) (?:gorbachev|brezhnev)\b(?!.{0,50}\b(?:in|by) (?:(?:may|june|july|october|november|december) )?(?:19|20)\d\d\b)|\b(?:reagan|nixon|kennedy|brandt) (?:\w+ ){0,2}(?:flew|went|traveled|travelled|strolled|walked|toured) (?:to |through |around )?(?:china|beijing|moscow|red square|reykjavik|the kremlin|east berlin)\b(?! to (?:split|divide|isolate|pry|peel|contain))|\bostpolitik\b|\bjaw-jaw\b/u,
  },
  {
    cue: 'welcomes the move',
    gate: /step|welcome|worth it|bless|good on/,
    weight: 0.8,
    pattern:
      /\bsteps? (?:toward|towards) (?:peace|better|normal)\b|\bi welcome (?:it|this)\b|\bit'?s worth it\b|\bbless them\b|\bgood on (?:them|him)\b/u,
  },
];

/**
 * Forty gates run one by one scanned each comment forty times; one scan for the literals they and
 * their patterns need rules most of them out. NO_POSITION's two are FIRST and FIRST + 1, cue i's
 * FIRST + 2i + 2 and FIRST + 2i + 3.
 */
const FIRST = registerCueRegexes([
  NO_POSITION_GATE,
  NO_POSITION,
  ...GENERAL_CUES.flatMap((c) => [c.gate, c.pattern]),
]);

/** Does the comment openly take no side? */
export function declaresNoPosition(lower: string): boolean {
  const p = cuePrefilter(lower);
  return p.test(FIRST, NO_POSITION_GATE, lower) && p.test(FIRST + 1, NO_POSITION, lower);
}

/** The general cues that a comment's lower-cased own voice matches. */
export function generalCues(lower: string): { readonly cue: string; readonly weight: number }[] {
  const p = cuePrefilter(lower);
  const hits: { readonly cue: string; readonly weight: number }[] = [];
  GENERAL_CUES.forEach((c, i) => {
    if (!p.may(FIRST + 2 * i + 3)) return;
    if (p.test(FIRST + 2 * i + 2, c.gate, lower) && p.test(FIRST + 2 * i + 3, c.pattern, lower)) {
      hits.push({ cue: c.cue, weight: c.weight });
    }
  });
  return hits;
}
