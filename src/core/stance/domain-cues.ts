// Phrases whose stance a sentiment lexicon misses or gets backwards: "puppet" and "bromance" are not
// negative words to VADER, "Russophobia" is unknown to it, "talking is better than war" reads as
// negative because of "war". Weights are in score units: + leans support, − leans oppose.

export interface DomainCue {
  /** Shown to the reader as the reason. */
  readonly cue: string;
  readonly weight: number;
  readonly pattern: RegExp;
}

export const DOMAIN_CUES: readonly DomainCue[] = [
  // — oppose: the rapprochement as puppetry, collusion, a con or a betrayal —
  { cue: 'puppet', weight: -1, pattern: /\bpuppet/u },
  { cue: 'owned by Putin', weight: -1, pattern: /\b(putin )?owns (trump|him)\b|\bowned by (putin|russia|the kremlin)\b/u },
  { cue: 'bromance', weight: -0.8, pattern: /\bbromance/u },
  { cue: 'collusion', weight: -1, pattern: /\bcollu(de|des|ded|ding|sion)\b/u },
  { cue: 'stooge', weight: -1, pattern: /\b(useful idiot|stooge|dupe|lapdog|lackey|patsy|asset|mole)\b|\bin (putin's|his|russia's) pocket\b|\bmaster\b.{0,40}\bslave\b/u },
  { cue: 'cannot be trusted', weight: -0.9, pattern: /\b(can't|cannot|can not|no way (we|to) can|don't|do not|never|nobody|no one|how can (anyone|we|you)) (\w+ )?(trust|believe)\b|\bnot to be trusted\b|\bfew people believe\b|\btrust (nothing|neither|either)\b|\btrust (\w+ ){1,3}less\b/u },
  { cue: 'liars', weight: -0.7, pattern: /\b(liars?|lying to|lie to each other|con artist|conned|con man|pathological)\b/u },
  { cue: 'a sham', weight: -0.9, pattern: /\b(sham|ruse|charade|theat(re|er) production|farce|publicity (stunt|exercise)|photo[- ]?ops?|smoke ?screen|put-up job|faux|fake tensions|performance review)\b/u },
  { cue: "won't work", weight: -0.8, pattern: /\b(non-?starter|dead end|never happen|won't work|will not work|not reach a solution)\b|\bno (negotiating|dealing|talking|bargaining) with\b|\bno (intention|desire) (of|to) (work|get along|negotiat)/u },
  { cue: 'Putin plays Trump', weight: -0.9, pattern: /\bplay(s|ed)? (trump|him) like\b|\brun(s)? circles around\b|\blucy with the football\b|\byou're the boss\b|\bsecond fiddle\b|\bbackbencher\b|\b(get|gets|have|has) what (he|they) wants?\b|\b(won't|will not|never) give (up )?anything\b/u },
  { cue: 'infatuation', weight: -0.8, pattern: /\b(mutual admiration|infatuat\w*|enthrall\w*|pining|his buddy|bear ?hug|hand-in-glove|romantic feelings)\b/u },
  { cue: 'betrayal', weight: -0.9, pattern: /\b(appeas\w*|betray\w*|sell-?out|sold out|deal with the devil)\b/u },
  { cue: 'sanctions lifted', weight: -0.6, pattern: /\b(lift(ed|ing)?|remove(d)?|removing) (all |those |the )?sanctions\b|\bsanctions (will be |are |being )?(lifted|removed)\b|\b(continued|keep(ing)?|support proper) sanctions\b/u },
  { cue: 'dictators', weight: -0.5, pattern: /\b(despots?|dictators?|strongm[ae]n|tyrants?|autocrat\w*)\b/u },
  // — support: engagement defended, the critics of engagement answered —
  { cue: 'talking beats war', weight: 1.2, pattern: /\b(talk(ing)?|diplomacy|dialogue|negotiat\w*|jaw-jaw)\b.{0,30}\bbetter than (war|fighting|bomb\w*|continued)\b|\bgive peace a chance\b/u },
  { cue: 'worth trying', weight: 0.9, pattern: /\bworth (a )?(try|trying)\b|\bwe must try\b|\bmust (engage|deal with)\b|\bhave to deal with\b|\bmust (all )?(to )?get along\b/u },
  { cue: 'welcomes the move', weight: 0.9, pattern: /\b(applaud\w*|welcome (any|the|this)|long overdue|good first step|starting point|step in the right direction|great news|greatest news|good thing)\b/u },
  { cue: 'glad they talk', weight: 0.9, pattern: /\b(glad|happy|pleased|relieved)\b.{0,30}\b(working with|work with|meeting|agree\w*|elected)\b/u },
  { cue: 'Russophobia', weight: 0.8, pattern: /\b(russophob\w*|anti-russian (paranoia|hysteria)|red scare|mccarthy\w*)\b/u },
  { cue: 'sanctions never worked', weight: 0.7, pattern: /\b(sanctions|embargo)\b.{0,20}\b(never worked|did nothing|don't work|do not work)\b/u },
  { cue: 'stop interfering', weight: 0.6, pattern: /\b(stop interfering|noses out|non-?interventionis\w*)\b/u },
];

/** Puppet and collusion talk put in the critics' mouths to dismiss it: a defence of engagement. */
const CRITIC = '(democrats?|dnc|the left|the media|critics|omg|allegations?|accusations?|narrative|conspiracy)';
const DISMISSAL =
  '(paint\\w*|taunt\\w*|absurd|losing their minds|not helpful|paranoia|hysteria|seized on|demagogu\\w*|zip it|this proves|whatever happened)';
export const CRITICS_ANSWERED: DomainCue = {
  cue: 'answers the critics',
  weight: 0.9,
  pattern: new RegExp(
    // "If he says nice things about Putin, he's Putin's puppet": the critics' logic recited to mock it.
    `\\b${CRITIC}\\b.{0,80}\\b${DISMISSAL}|\\b${DISMISSAL}.{0,80}\\b${CRITIC}\\b|\\bif (he|trump) (says|does|talks|doesn't)\\b.{0,80}\\bpuppet`,
    'u',
  ),
};
/** Cues that the critics-answered reading turns around rather than adds to. */
const CRITICS_WORDS = new Set(['puppet', 'collusion', 'stooge', 'bromance', 'owned by Putin', 'a sham']);

export interface CueHit {
  readonly cue: string;
  readonly weight: number;
}

/**
 * `lowerText` is the comment's own voice (long quotations removed); `lowerFull` keeps quotations
 * other than the parent's, because mocking the critics is often done by quoting them ("OMG … this
 * proves he's a puppet!").
 */
export function domainCues(lowerText: string, lowerFull: string = lowerText): CueHit[] {
  const hits: CueHit[] = [];
  const answered = CRITICS_ANSWERED.pattern.test(lowerFull);
  if (answered) hits.push({ cue: CRITICS_ANSWERED.cue, weight: CRITICS_ANSWERED.weight });
  for (const { cue, weight, pattern } of DOMAIN_CUES) {
    if (answered && CRITICS_WORDS.has(cue)) continue;
    if (pattern.test(lowerText)) hits.push({ cue, weight });
  }
  return hits;
}
