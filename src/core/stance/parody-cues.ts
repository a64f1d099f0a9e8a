// The critics of engagement parodied: their alarm acted out ("the horror", "lock them up for
// talking"), their hyperbole repeated ("every handshake is treason"), the old hostility recalled as
// if it were fun, their strategy praised in mock terms, refusal to talk recommended in mock earnest,
// the satirical headline of peace hitting the hawks, their alternative shown to be worse, their
// giveaway charge denied. The words mocked are strong (treason, terrible, horror), so each cue is
// strong enough to outweigh what it repeats. Each rule is a way of speaking with its usual
// variants, not a sentence from a labelled set.
import type { GeneralCue } from './general-cues.ts';

const TALKING = String.raw`(?:talking|talks|meeting|speaking|shaking hands|a handshake|making peace|negotiating|diplomacy|a phone call|phoning|calling)`;
const CHARGE = String.raw`(?:treason|treasonous|a plot|a conspiracy|collusion|betrayal|a betrayal|appeasement|surrender|a crime)`;
const CRITICS = String.raw`(?:pundits|hawks|experts|critics|neocons|geniuses|folks|senators|generals|commentators|everyone)`;

export const PARODY_CUES: readonly GeneralCue[] = [
  {
    // Mock horror at a safety agreement: "the horror", said after naming what was agreed.
    cue: 'mock horror at the talks',
    gate: /the horror|lock|pearls|what a terrible|what a horrible|what an awful/,
    weight: 2,
    pattern: new RegExp(
      String.raw`(?:^|[.!?,] )(?:oh,? )?the horror[.!]|\block (?:them|him|\w+)(?: both| all)? up for ${TALKING}\b|\b(?:peace|talking|diplomacy|dialogue|a truce|a cease-?fire)[.!]+ what an? (?:terrible|horrible|awful|dreadful) (?:idea|thing)\b`,
      'u',
    ),
  },
  {
    // The critics' hyperbole repeated to expose it: "every phone call is a plot".
    cue: 'every handshake is treason, apparently',
    gate: /every/,
    weight: 1.5,
    pattern: new RegExp(
      String.raw`\bevery (?:\w+ )?(?:handshake|phone call|call|meeting|conversation|chat|summit|contact|smile)\b (?:(?:with|between|to) (?:\w+ ){1,3})?(?:is|was|becomes) ${CHARGE}\b`,
      'u',
    ),
  },
  {
    // Nostalgia for the old hostility, said in mock earnest: "the Cold War was such a fun time".
    cue: 'mock nostalgia for the cold war',
    gate: /cold war/,
    weight: 1.2,
    pattern:
      /\bcold war was (?:such |so )(?:a )?(?:fun|great|lovely|wonderful|grand|jolly|good)\b|\bcold war was (?:a )?(?:fun|great|lovely|wonderful|grand|jolly|good) time\b|\b(?:miss|missing|nostalgic for|bring back|brings back) the (?:good old )?cold war\b/u,
  },
  {
    // Praise of the hawks' strategy addressed to them: a comma and the critics named.
    cue: 'mock praise for the hawks',
    gate: /strategy|plan|idea|thinking/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`\b(?:brilliant|great|genius|smart|fantastic|wonderful|excellent) (?:strategy|plan|idea|thinking)(?:,| from| by)? (?:the )?${CRITICS}\b`,
      'u',
    ),
  },
  {
    // Refusal to talk recommended in mock earnest ("clearly the patriotic thing is to never call
    // them"), or its loop laid out ("refuse to talk, sanction, refuse again, then wonder why").
    cue: 'mock faith in refusing to talk',
    gate: /is to never|is to not|wonder why/,
    weight: 1.2,
    pattern:
      /\b(?:clearly|obviously|surely|of course) the (?:patriotic|smart|sensible|safe|wise|responsible|grown-up|adult|only) (?:thing|move|choice|course|plan) (?:to do )?is to (?:never|not) (?:\w+ )?(?:speak|talk|meet|negotiate|engage|call|pick up the phone)\b|\brefus\w* to (?:talk|negotiate|engage|meet)\b[^.!?]{0,80}\bthen wonder why\b/u,
  },
  {
    // The satirical headline: peace as a calamity for those who trade on tension.
    cue: 'peace, the hawks hardest hit',
    gate: /hardest hit|brace/,
    weight: 1.2,
    pattern:
      /\b(?:pundits|hawks|critics|warmongers|arms (?:makers|dealers|manufacturers)|defen[cs]e contractors|cable news|neocons|think tanks?)(?: \w+)? hardest hit\b|\bbraces? (?:themselves |itself )?for peace\b/u,
  },
  {
    // The critics' alternative, silence, shown to be worse: "not talking is what, safer?"
    cue: 'their alternative is worse',
    gate: /not talking|not speaking|alternative/,
    weight: 1.8,
    pattern:
      /\bnot (?:talking|speaking|meeting) (?:is|would be) (?:what,? )?(?:safer|better|smarter|wiser)\?|\b(?:your|the|their) alternative (?:is|would be|sounds) (?:far |much |even )?(?:worse|war)\b/u,
  },
  {
    // The giveaway charge denied outright: strong enough to outweigh the word it answers.
    cue: 'nothing is being handed over',
    gate: /anything|a thing|an inch/,
    weight: 2,
    pattern:
      /\b(?:nobody|no one|no-one|we're not|we are not|nobody's|trump isn't|he isn't|he's not) (?:here )?(?:is |has |have )?(?:handing over|handed over|handing anything over|giving (?:up|away)|given (?:up|away)|surrendering|surrendered|conceding|conceded|selling out|sold out) (?:anything|a thing|an inch)\b/u,
  },
];
