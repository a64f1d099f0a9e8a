// Phrases whose stance a sentiment lexicon misses or gets backwards: "puppet" and "bromance" are not
// negative words to VADER, "Russophobia" is unknown to it, "talking is better than war" reads as
// negative because of "war". Weights are in score units: + leans support, − leans oppose.

export interface DomainCue {
  /** Shown to the reader as the reason. */
  readonly cue: string;
  /** Words of which one must occur for the pattern to be tried: a cheap gate, not the rule. */
  readonly triggers: readonly string[];
  readonly weight: number;
  readonly pattern: RegExp;
  /**
   * Literals of which every match of `pattern` contains one, tried first where the pattern is
   * slow and its triggers are common: it can only spare work, never change a result.
   */
  readonly gate?: RegExp;
}

export const DOMAIN_CUES: readonly DomainCue[] = [
  // — oppose: the rapprochement as puppetry, collusion, a con or a betrayal —
  {
    cue: 'puppet',
    triggers: ['puppet'],
    weight: -1,
    pattern: /(?<!\bthe (word|term|label) ["'“]?)\bpuppet/u,
  },
  {
    cue: 'owned by Putin',
    triggers: ['owns', 'owned'],
    weight: -1,
    pattern: /\b(putin )?owns (trump|him)\b|\bowned by (putin|russia|the kremlin)\b/u,
  },
  { cue: 'bromance', triggers: ['bromance'], weight: -0.8, pattern: /\bbromance/u },
  {
    cue: 'collusion',
    triggers: ['collude', 'collusion', 'colluded', 'colludes', 'colluding'],
    weight: -1,
    pattern:
      /(?<!\bthe (word|term|label) ["'“]?|\bwhether (you|we|they|people) call it [^.!?]{0,30})\bcollu(de|des|ded|ding|sion)\b/u,
  },
  {
    cue: 'stooge',
    triggers: [
      'useful',
      'stooge',
      'dupe',
      'lapdog',
      'lackey',
      'patsy',
      'asset',
      'mole',
      'pocket',
      'master',
    ],
    weight: -1,
    pattern:
      /\b(useful idiot|stooge|dupe|lapdog|lackey|patsy|asset|mole)\b|\bin (putin's|his|russia's) pocket\b|\bmaster\b.{0,40}\bslave\b/u,
  },
  // "Can't believe" is surprise, not distrust: believe counts only after nobody/don't/how can, and
  // not where it means "think" and the critics' charge follows ("I don't believe this is treason").
  {
    cue: 'cannot be trusted',
    triggers: ['trust', 'trusted', 'believe', 'fooled', 'duped', 'hoodwinked', 'paper'],
    weight: -0.9,
    pattern:
      /\b(wouldn't|would not|won't|will not|don't|do not) believe (a word|anything|any of it)\b|\b(fooled|duped|hoodwinked)\b|\bworth (less than|no more than) the paper\b|\bnot worth the paper\b|\bworth the paper (it'?s|it is) not written on\b|\bworth the paper it (isn't|is not|wasn't) (written|printed) on\b|\b(can't|cannot|can not|no way (we|to) can|don't|do not|never|nobody|no one|how can (anyone|we|you)) (\w+ )?trust\b|\b(nobody|no one|don't|do not|how can (anyone|we|you)) (\w+ )?believe\b(?! (this|that|it) (is|was) (a |an )?(appeasement|betrayal|treason|surrender|capitulation|collusion|a sell-?out|sell-?out|munich|yalta)\b)|\bnot to be trusted\b|\b(can't|cannot|can not|never|shouldn't) be trusted\b|\bneither\b.{0,30}\bbe trusted\b|\bfew people believe\b|\btrust (nothing|neither|either)\b|\btrust (\w+ ){1,3}less\b/u,
  },
  {
    cue: 'liars',
    triggers: ['liar', 'liars', 'lying', 'lie', 'con', 'conned', 'pathological'],
    weight: -0.7,
    pattern: /\b(liars?|lying to|lie to each other|con artist|conned|con man|pathological)\b/u,
  },
  {
    cue: 'a sham',
    triggers: [
      'sham',
      'ruse',
      'charade',
      'theatre',
      'theater',
      'farce',
      'publicity',
      'photo',
      'photo-op',
      'photo-ops',
      'photoop',
      'smoke',
      'smokescreen',
      'put-up',
      'faux',
      'fake',
      'performance',
    ],
    weight: -0.9,
    pattern:
      /\b(sham|ruse|charade|theat(re|er) production|farce|publicity (stunt|exercise)|photo[- ]?ops?|smoke ?screen|put-up job|faux|fake tensions|performance review)\b/u,
  },
  {
    cue: "won't work",
    triggers: [
      'non-starter',
      'nonstarter',
      'dead',
      'never',
      "won't",
      'will',
      'reach',
      'negotiating',
      'dealing',
      'talking',
      'bargaining',
      'intention',
      'desire',
    ],
    weight: -0.8,
    pattern:
      /\b(non-?starter|dead end|never happen|won't work|will not work|not reach a solution)\b|\bno (negotiating|dealing|talking|bargaining) with\b|\bno (intention|desire) (of|to) (work|get along|negotiat)/u,
  },
  {
    cue: 'Putin plays Trump',
    triggers: [
      'play',
      'plays',
      'played',
      'run',
      'runs',
      'lucy',
      "you're",
      'second',
      'backbencher',
      'wants',
      'want',
      'give',
    ],
    weight: -0.9,
    pattern:
      /\bplay(s|ed)? (trump|him) like\b|\brun(s)? circles around\b|\blucy with the football\b|\blucy\b[^.!?]{0,30}\b(yank|pull|snatch|jerk|whip)\w* (\w+ ){0,2}football\b|\byou're the boss\b|\bsecond fiddle\b|\bbackbencher\b|\b(get|gets|have|has) what (he|they) wants?\b|\b(won't|will not|never) give (up )?anything\b/u,
  },
  {
    cue: 'infatuation',
    triggers: [
      'mutual',
      'infatuated',
      'infatuation',
      'enthralled',
      'enthralls',
      'pining',
      'buddy',
      'bear',
      'bearhug',
      'hand-in-glove',
      'romantic',
      'fan',
    ],
    weight: -0.8,
    pattern:
      /\b(fan club|mutual admiration|infatuat\w*|enthrall\w*|pining|his buddy|bear ?hug|hand-in-glove|romantic feelings)\b/u,
  },
  {
    cue: 'betrayal',
    triggers: [
      'appease',
      'appeasing',
      'appeasement',
      'appeased',
      'betray',
      'betrayal',
      'betrayed',
      'betrays',
      'sell-out',
      'sellout',
      'sold',
      'devil',
      'surrender',
      'surrendered',
      'surrendering',
      'capitulation',
      'capitulated',
      'capitulating',
      'kowtow',
      'kowtowed',
      'kowtowing',
      'grovel',
      'groveling',
      'grovelling',
    ],
    weight: -0.9,
    pattern:
      /\b(appeas\w*|betray\w*|sell-?out|sold out|deal with the devil|surrender(ed|ing)?|capitulat\w*|kowtow\w*|grovel\w*)\b/u,
  },
  {
    cue: 'sanctions lifted',
    triggers: ['sanctions'],
    weight: -0.6,
    gate: /lift|remov|continued|keep|proper/u,
    pattern:
      /\b(lift(ed|ing)?|remove(d)?|removing) (all |those |the )?sanctions\b|\bsanctions (will be |are |being )?(lifted|removed)\b|\b(continued|keep(ing)?|support proper) sanctions\b/u,
  },
  {
    cue: 'dictators',
    triggers: [
      'despot',
      'despots',
      'dictator',
      'dictators',
      'strongman',
      'strongmen',
      'tyrant',
      'tyrants',
      'autocrat',
      'autocrats',
      'autocratic',
    ],
    weight: -0.5,
    pattern: /\b(despots?|dictators?|strongm[ae]n|tyrants?|autocrat\w*)\b/u,
  },
  {
    cue: 'says they oppose it',
    triggers: ['oppose', 'reject', 'condemn', 'support', 'endorse'],
    weight: -0.9,
    pattern:
      /\bi (\w+ )?(oppose|reject|condemn) (it|this|that|them|the (deal|talks|agreement|treaty|summit|cease-?fire|move|meeting))\b|\bi (can't|cannot|don't|do not|won't|will not) (support|endorse) (it|this|that|them|the (deal|talks|agreement|treaty|summit|cease-?fire|move|meeting))\b/u,
  },
  // — support: engagement defended, the critics of engagement answered —
  {
    cue: 'says they support it',
    triggers: ['support', 'endorse', 'back'],
    weight: 0.9,
    pattern:
      /\bi (\w+ )?(support|endorse|back) (it|this|that|them|(the|these|this|those) (\w+ )?(deal|talks|agreement|treaty|summit|cease-?fire|move|meetings?|negotiations|efforts?|outreach))\b(?! (any|at all))/u,
  },
  {
    cue: 'talking beats war',
    triggers: ['better', 'give', 'saves', 'save', 'saved'],
    weight: 1.2,
    pattern:
      /\b(talk\w*|diplomacy|dialogue|negotiat\w*|deals?|treat(y|ies)|cease[- ]?fires?|truce)\b.{0,30}\bsaves? li(?:ves|fes)\b|\b(talk(ing)?|diplomacy|dialogue|negotiat\w*|jaw-jaw)\b.{0,30}\bbetter than (war|fighting|bomb\w*|continued)\b|\bgive peace a chance\b/u,
  },
  {
    cue: 'worth trying',
    triggers: ['worth', 'try', 'must', 'deal', 'right'],
    weight: 0.9,
    pattern:
      /\bright to (engage|talk|negotiate|meet|reach out|sit down|make (the|a) deal|sign)\b|\bworth (a )?(try|trying)\b|\bwe must try\b|\bmust (engage|deal with)\b|\bhave to deal with\b|\bmust (all )?(to )?get along\b/u,
  },
  {
    cue: 'welcomes the move',
    triggers: [
      'applaud',
      'applauds',
      'applauding',
      'welcome',
      'overdue',
      'first',
      'starting',
      'right',
      'news',
      'thing',
    ],
    weight: 0.9,
    pattern:
      /\b(applaud\w*|welcome (any|the|this)|long overdue|good first step|starting point|step in the right direction|great news|greatest news|good thing(?! (?:congress|the senate|the courts?|someone|somebody|there (?:is|are)|we have)\b))\b/u,
  },
  {
    cue: 'glad they talk',
    triggers: ['glad', 'happy', 'pleased', 'relieved'],
    weight: 0.9,
    pattern:
      /\b(glad|happy|pleased|relieved)\b.{0,30}\b(working with|work with|meeting|meet|talk|talking|speak|speaking|agree\w*|elected)\b/u,
  },
  {
    cue: 'Russophobia',
    triggers: [
      'russophobia',
      'russophobe',
      'russophobes',
      'russophobic',
      'anti-russian',
      'red',
      'mccarthy',
      'mccarthyism',
      'mccarthyite',
    ],
    weight: 0.8,
    pattern: /\b(russophob\w*|anti-russian (paranoia|hysteria)|red scare|mccarthy\w*)\b/u,
  },
  {
    cue: 'sanctions never worked',
    triggers: ['sanctions', 'embargo'],
    weight: 0.7,
    gate: /work|nothing/u,
    pattern: /\b(sanctions|embargo)\b.{0,20}\b(never worked|did nothing|don't work|do not work)\b/u,
  },
  {
    cue: 'stop interfering',
    triggers: [
      'interfering',
      'noses',
      'non-interventionist',
      'non-interventionists',
      'noninterventionist',
      'noninterventionists',
    ],
    weight: 0.6,
    pattern: /\b(stop interfering|noses out|non-?interventionis\w*)\b/u,
  },
];

/** Puppet and collusion talk put in the critics' mouths to dismiss it: a defence of engagement. */
const CRITIC =
  '(democrats?|dnc|the left|the media|critics|allegations?|accusations?|narrative|conspiracy|theory|theories|investigations?)';
const DISMISSAL =
  '(scream\\w*|shriek\\w*|yell\\w*|paint\\w*|taunt\\w*|absurd|losing their minds|not helpful|paranoia|hysteria|seized on|demagogu\\w*|zip it|whatever happened|produced nothing|found nothing|came up empty|fizzled)';
/** The critics' outcry acted out in quotation marks: "OMG … this proves he's a Russian puppet!" */
export const MOCK_OUTCRY =
  /\b(omg|oh my god)\b.{0,160}\b(this proves|proof)\b.{0,60}\b(puppet|agent|asset|stooge)/u;
export const CRITICS_ANSWERED: DomainCue = {
  cue: 'answers the critics',
  triggers: [],
  weight: 0.9,
  gate: /scream|shriek|yell|paint|taunt|absurd|losing|helpful|paranoia|hysteria|seized|demagogu|zip|whatever|says|does|talks|shout|cry|produced|found|came up|fizzled/u,
  pattern: new RegExp(
    // "If he says nice things about Putin, he's Putin's puppet": the critics' logic recited to mock it.
    `\\b${CRITIC}\\b.{0,80}\\b${DISMISSAL}|\\b${DISMISSAL}.{0,80}\\b${CRITIC}\\b|\\bif (he|trump) (says|does|talks|doesn't)\\b.{0,80}\\bpuppet|\\b(scream|shriek|yell|shout|cry)\\w* ['"‘“]?(puppet|collusion|traitor|treason|betrayal|appeasement|surrender)`,
    'u',
  ),
};
