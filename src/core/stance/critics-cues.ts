// How people side with the talks by answering their critics or by saying what they hope of them,
// in words the older tables miss: the critics who "scream treason", coverage called hysterical, the
// same pundits who cheered the last reset, "not every handshake is Munich", the hacking kept apart
// from the talking; time asked for the truce, the table preferred to the battlefield, the two
// leaders wanted on the phone, mock alarm ("Oh no, two countries might stop pointing missiles…"),
// a grown-up conversation, sanctions that hurt the wrong people. Each is a way of speaking with its
// usual variants, not a sentence from a labelled set; weights are in score units like the other
// cue tables.
import type { GeneralCue } from './general-cues.ts';

const CRITICS = String.raw`(?:somebody|someone|everybody|everyone|people|the pundits|pundits|the media|the press|critics|the critics|democrats|the left|cable news|half the country)`;
const CHARGE = String.raw`(?:bloody murder|treason|appeasement|munich|betrayal|puppet|collusion|traitor)`;
const EVENT = String.raw`(?:(?:the|this|that) (?:summit|talks|meeting|call|deal|ceasefire|cease-fire|handshake)|this|it)`;
const LEADERS = String.raw`(?:those|these|the) two(?: of them| leaders| men| presidents)?`;

export const CRITICS_CUES: readonly GeneralCue[] = [
  {
    cue: 'the critics cry treason',
    gate: /scream|cries|cried|crying|yell|shout|howl|shriek/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b${CRITICS} (?:\w+ )?(?:screams?|screamed|screaming|cries|cried|crying|yells?|yelled|yelling|shouts?|shouted|shouting|howls?|howled|shrieks?|shrieked) ${CHARGE}\b`,
      'u',
    ),
  },
  {
    cue: 'the coverage is hysterical',
    gate: /unhinged|hysteri|absurd|ridiculous|insane|overblown|deranged|over the top/,
    weight: 0.7,
    pattern: new RegExp(
      String.raw`\b(?:the )?(?:coverage|reporting|reaction|media reaction|pearl-clutching|hand-wringing|freak-?out|meltdown|outrage)(?: (?:of|to|on|about|over) ${EVENT})? (?:is|was|has been|are|were) (?:\w+ )?(?:unhinged|hysterical|absurd|ridiculous|insane|overblown|deranged|over the top)\b`,
      'u',
    ),
  },
  {
    cue: 'the same people who cheered',
    gate: /same people|same commentators|same pundits|same folks|same democrats|same liberals|same politicians|same voices|same crowd|same media|same outlets|same senators/,
    weight: 0.8,
    pattern:
      // "…and vice versa": the double standard charged to both sides is no side taken.
      /\b(?:the )?same (?:people|commentators|pundits|folks|democrats|liberals|politicians|voices|crowd|media|outlets|senators) (?:who|that) (?:cheered|praised|supported|loved|applauded|celebrated|begged for|backed)\b(?![^]{0,160}\bvice versa\b)/u,
  },
  {
    cue: 'not every handshake is Munich',
    gate: /munich|appease|1938|treason|chamberlain|yalta|betrayal|surrender/,
    weight: 0.8,
    pattern:
      /\bnot every (?:handshake|meeting|summit|deal|conversation|compromise|phone call|call|negotiation|talk) is (?:munich|appeasement|1938|treason|chamberlain|yalta|a betrayal|surrender)\b|\b(?:this|it) (?:is not|isn't|ain't) (?:munich|1938|appeasement|chamberlain|yalta)\b|\b(?:this|it|that)(?: is|'s) (?:just |only |simply )?(?:diplomacy|statecraft|talking|politics|a (?:phone call|meeting|summit|negotiation|conversation)),? not (?:munich|1938|appeasement|chamberlain|yalta|treason|surrender)\b/u,
  },
  {
    cue: 'a separate question from talking',
    gate: /separate question|separate issue|separate matter|separate debate|different question|different issue|different matter|different debate/,
    weight: 0.6,
    pattern:
      /\b(?:separate|different) (?:question|issue|matter|debate) (?:from|than) (?:whether|talking|the talks|diplomacy|engaging|meeting)\b/u,
  },
  {
    cue: 'give it time',
    gate: /give it|give them|give this|give the/,
    weight: 0.7,
    pattern:
      // "Give it two weeks." alone foretells the collapse; a span asked for before judging does not.
      /\bgive (?:it|them|this|the (?:talks|ceasefire|cease-fire|truce|deal|process|diplomats)) (?:some |more )?time\b(?! (?:to (?:fail|collapse|fall apart|reload|rearm|re-arm|regroup|resupply|reinforce|refit|dig in)|before (?:it|they) (?:fails?|collapses?)))|\bgive (?:it|them|this|the (?:talks|ceasefire|cease-fire|truce|deal|process)) (?:a few |\w+ )?(?:days|weeks|months|a week|a month|a year) before (?:you|we|anyone|people|they) (?:bury|judge|write|call|dismiss|give up|declare)\b/u,
  },
  {
    cue: 'the table, not the battlefield',
    gate: /table than|table rather|table instead|table over|rather than|instead of|over bombs|over missiles|over bullets|over tanks|over shooting|over fighting|over war/,
    weight: 0.8,
    pattern:
      /\b(?:at|across) (?:a|the) (?:negotiating )?table (?:than|rather than|instead of|over) (?:on |in )?(?:a |the )?(?:battlefield|battle ?field|battle|trenches|trench|war|front ?lines?)\b|\b(?:talking|talks|negotiating|diplomats|words) (?:rather than|instead of|over) (?:bombs|missiles|bullets|tanks|shooting|fighting|war)\b/u,
  },
  {
    // The critics' refusal to talk answered: a dare that no war ever ended without talking, or
    // their slogan put in quotation marks as a policy.
    cue: 'the no-talks line answered',
    gate: /name one|name a single|never talk|never speak|never negotiate/,
    weight: 0.9,
    pattern:
      /\bname (?:one|a single) (?:war|conflict)\b[^.!?]{0,40}\bwithout\b|['"“‘]never (?:talk|speak|negotiate) (?:to|with) [\w ]{2,20}['"”’]/u,
  },
  {
    cue: 'every month the shelling stops',
    gate: /every day|every week|every month|every year|every hour|every night/,
    weight: 0.7,
    pattern:
      /\bevery (?:day|week|month|year|hour|night) (?:that |without )?(?:the )?(?:shelling|bombing|fighting|killing|war|guns|bombs|missiles|airstrikes)\b[^.!?]{0,20}\b(?:stops?|stopped|pauses?|is paused|falls? silent|goes silent|is (?:a|one))\b/u,
  },
  {
    cue: 'worth every awkward photo',
    gate: /worth every|worth a |worth some|worth the odd/,
    weight: 0.6,
    pattern:
      /\bworth every (?:awkward |uncomfortable |cringey |cringe-?worthy |bit of )?(?:handshake|photo|photo-?op|smile|hug|headline|concession|summit|minute of it)\b|\bworth (?:a few|some|the odd|a couple of|a little) (?:awkward |uncomfortable |cringey |cringe-?worthy |tense )?(?:summits|handshakes|photos|photo-?ops|meetings|phone calls|headlines|awkwardness)\b/u,
  },
  {
    // The alternative mocked: "let's go back to not answering the phone".
    cue: 'back to not talking',
    gate: /go back to/,
    weight: 0.8,
    pattern:
      /\b(?:let's|lets|let us|we should|by all means,?) (?:just )?go back to (?:not (?:talking|answering|speaking|picking up|calling|meeting)|ignoring (?:each other|them|russia|moscow)|the silent treatment)\b/u,
  },
  {
    // Mock alarm at peace breaking out: "Oh no, two countries might stop pointing missiles…".
    cue: 'mock alarm',
    gate: /oh no|the horror|pearls/,
    weight: 0.8,
    pattern:
      /\boh no,? (?:\w+ ){0,5}(?:might|could|may|are going to|will|want to|are) (?:stop|talk|make peace|get along|sit down|cooperate|shake hands|de-?escalate|avoid)\b|\b(?:talk|talking|talked|meet|meeting|met|shake hands|shaking hands)\b[^.!?]{0,40}[,.!…] (?:oh )?the horror\b|\bclutch(?:ing|es)? (?:their |your |the )?pearls\b/u,
  },
  {
    cue: 'a grown-up conversation',
    gate: /grown|adult|sane|sober/,
    weight: 0.6,
    pattern:
      /(?<!\b(?:not|no|hardly|never) (?:a |an |the )?(?:first )?)\b(?:grown-?up|adult|sane|sober) (?:conversation|talk|diplomacy|dialogue)s?\b/u,
  },
  {
    cue: 'let them sort it out',
    gate: /it out|this out|things out|differences out|all out/,
    weight: 0.7,
    pattern:
      /\b(?:you two|the two of you|the two of them|both of you|those two|these two|both countries|the two countries) (?:to )?(?:sort|work|hash|figure|talk) (?:it|this|things|their differences|it all) out\b/u,
  },
  {
    cue: 'wants the two talking',
    gate: /those two|these two|the two/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b(?:want|need|like|prefer|rather have|'d rather) ${LEADERS} (?:talking|to (?:keep )?talk(?:ing)?|on the phone|in (?:a|the same) room|at (?:a|the) table|on speaking terms)\b`,
      'u',
    ),
  },
  {
    cue: 'nuclear powers talking',
    gate: /nuclear/,
    weight: 0.6,
    pattern:
      /\bnuclear (?:powers|superpowers|states|giants|armed (?:nations|countries)) (?:talking|meeting|sitting down|on the phone|speaking|in contact|are talking|should talk|that talk)\b/u,
  },
  {
    cue: 'a promise kept',
    gate: /kept|keeps|keeping/,
    weight: 0.6,
    pattern:
      /(?<!(?:\b(?:neither|never|not|nobody|none|rarely|seldom)\b|n't)[^.!?]{0,30})\b(?:keeping|keeps|kept) (?:his|your|their|a) (?:word|promise|campaign promise)\b|\bpromises? made,? promises? kept\b/u,
  },
  {
    cue: 'sanctions hurt the wrong people',
    gate: /sanctions only|sanctions mostly|sanctions just|sanctions mainly|sanctions really|sanctions hurt|sanctions hit|sanctions punish|sanctions harm|sanctions squeeze/,
    weight: 0.7,
    pattern:
      /\bsanctions (?:only |mostly |just |mainly |really )?(?:hurt|hit|punish|harm|hurts|hits|punishes|harms|punished|harmed|squeezed?)(?: \w+){0,2} (?:people|pensioners|farmers|exporters|citizens|families|workers|businesses|consumers|russians|companies|manufacturers)\b[^.!?]{0,60}\b(?:more than|rather than|instead of|not (?:putin|the kremlin|the oligarchs|the elite|moscow)|never (?:touch|hurt|reach|bother))\b/u,
  },
];
