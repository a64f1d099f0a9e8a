// Positions argued from costs and benefits, with no verdict word: cooperate now rather than fight
// later, less chance of war, wars end at the table, "a little of it wouldn't hurt", sitting together
// beats not speaking; and against: a truce that buys time to rearm, a swap that teaches the other
// side that hostage-taking pays, much given for a vague promise, the small countries on the table,
// the deal really about money. Each rule is a way of arguing with its usual variants, not a
// sentence from a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

/** What a little more of would not hurt; after "a little of" also it, that or this. */
const ENGAGEMENT = String.raw`(?:d[ée]tente|diplomacy|dialogue|talk|talking|talks|engagement|cooperation|contact|a phone call|a call|a meeting|a summit|a hotline)`;
const WONT_HURT = String.raw`(?:wouldn'?t|would not|couldn'?t|could not|can'?t|cannot|won'?t|will not) hurt`;
const NATIONS = String.raw`(?:the baltics|the baltic states|ukraine|ukrainians|poland|georgia|finland|moldova|small (?:countries|nations|states)|my country|our allies|allies|the kurds|syria|syrians)`;

export const STAKES_CUES: readonly GeneralCue[] = [
  {
    // The course preferred must be a shared one: "better to arm them now than fight later" is the
    // hawks' case.
    cue: 'better now than a fight later',
    gate: /better to/,
    weight: 1,
    pattern:
      /\bbetter to (?:\w+ ){0,2}(?:talk|negotiate|deal|agree|cooperate|work|write|share|sit|settle|trade|engage|compromise|make (?:a deal|peace))\b[^.!?]{0,60}\bthan (?:to )?(?:fight|fighting|go to war|a war|war|shoot|shooting|bleed|bury)\b|\bbetter to (?:\w+ ){0,2}(?:talk|negotiate|deal|agree|cooperate|settle|sit down|make (?:a deal|rules|peace))\b[^.!?]{0,50}\bnow than\b[^.!?]{0,50}\blater\b/u,
  },
  {
    cue: 'less chance of war',
    gate: /less|lower|smaller|reduce|fewer|cut/,
    weight: 0.9,
    pattern:
      /\b(?:less|lower|smaller|reduced|fewer) (?:\w+ )?(?:chances?|risks?|danger|odds|likelihood) of (?:a |an )?(?:nuclear |accidental |hot |shooting )?(?:war|exchange|holocaust|apocalypse|armageddon|escalation|miscalculation)\b|\b(?:lowers|lowering|lowered|reduces|reducing|reduced|cuts|cutting|lower|reduce|cut) the (?:chances?|risks?|danger|odds|likelihood) of (?:(?:a|an) )?(?:miscalculations?|misunderstandings?|(?:\w+ ){0,3}colliding|collisions?|mid-?air \w+)\b/u,
  },
  {
    // Also the non-native "war must finish by talk".
    cue: 'wars end at the table',
    gate: /table|by talk|with talk|through talk|by negotiat|through negotiat|by diplomacy|through diplomacy|by dialogue|through dialogue/,
    weight: 0.9,
    pattern:
      /\bwars? (?:\w+ ){0,2}(?:ends?|ended|finish(?:es|ed)?|stops?) (?:by|through) (?:talk|talks|talking|negotiat\w*|diplomacy|dialogue)\b|\b(?:every|all|most) wars? (?:\w+ ){0,2}(?:ends?|ended|finish(?:es|ed)?) (?:\w+ ){0,2}(?:at|around) (?:a|the) (?:negotiating )?table\b/u,
  },
  {
    // Litotes: "a little détente wouldn't hurt", "a phone call can't hurt"; not a bare "it wouldn't
    // hurt to…", which as often asks for more sanctions.
    cue: 'would not hurt',
    gate: /hurt/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:a little|a bit|some|more|a dose|a measure) (?:more )?(?:of (?:it|that|this)|(?:of )?${ENGAGEMENT})\b[^.!?]{0,20}\b${WONT_HURT}\b|\b${ENGAGEMENT} (?:\w+ ){0,3}${WONT_HURT}\b`,
      'u',
    ),
  },
  {
    cue: 'beats not speaking',
    gate: /beats|better than/,
    weight: 0.9,
    pattern:
      /\bbeats (?:\w+ ){0,4}(?:not (?:talking|speaking|meeting)|silence|no contact)\b|\bbetter than (?:\w+ ){1,4}not speaking\b/u,
  },
  {
    // Strong enough to outweigh a "give it time" the writer is turning against the truce.
    cue: 'buys them time to rearm',
    gate: /reload|rearm|re-arm|regroup|resupply|reinforce|refit|dig in/,
    weight: -1.2,
    pattern:
      /\b(?:time|room|breathing space|breathing room|a breather|a pause|months|weeks) to (?:reload|rearm|re-arm|regroup|resupply|reinforce|refit|dig in)\b/u,
  },
  {
    cue: 'teaches them it pays',
    gate: /tells|teaches|shows|signals|message/,
    weight: -0.9,
    pattern:
      /\b(?:tells|teaches|shows|signals to|sends? (?:a )?(?:message|signal) to) (?:\w+ ){0,2}(?:moscow|putin|russia|the kremlin|dictators|tyrants|autocrats|aggressors|them|every \w+)\b[^.!?]{0,40}\b(?:pays|is rewarded|gets rewarded|has no (?:cost|price|consequences?)|costs nothing|goes unpunished)\b/u,
  },
  {
    cue: 'much given for a vague promise',
    gate: /promise|pledge|assurance|word|handshake|smile/,
    weight: -0.9,
    pattern:
      /\b(?:relief|concessions?|everything|legitimacy|a summit|a pass|recognition)\b[^.!?]{0,20}\bfor (?:a |an |some |nothing but (?:a |an )?)?(?:vague|empty|hollow|mere|verbal|unenforceable|worthless|pinky|loose|fuzzy) (?:promises?|pledges?|assurances?|words?|handshake|smile)\b/u,
  },
  {
    cue: 'the small countries on the table',
    gate: /table|menu|chopping|traded away|bargained away|sold|carved up|under the bus/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b${NATIONS} (?:\w+ ){0,2}(?:(?:always )?end(?:s)? up on the table|(?:end(?:s)? up|are|is|get|gets|will be|would be|always end up) (?:\w+ )?(?:on the (?:menu|chopping block)|traded away|bargained away|sold (?:out|down the river)|carved up|thrown under the bus))\b`,
      'u',
    ),
  },
  {
    // "Not peace, business": the motive named is money, not the peace the deal claims.
    cue: 'about money, not peace',
    gate: /nothing to do with|not |about /,
    weight: -0.9,
    pattern:
      /\b(?:has|had) nothing to do with (?:peace|diplomacy|security|safety|stopping the war|ending the war)\b|\b(?:is|it's|it is|this is|was) not (?:about )?(?:peace|diplomacy)[,;]? (?:it )?(?:is |it's |it is |'s )?(?:about |just |all about )?(?:business|money|oil|profits?|greed|hotels|real estate)\b|\bit'?s (?:all |really |just |only )about (?:oil|money|business|profits?|hotels?|hotel towers|real estate|pipelines|contracts)\b/u,
  },
  {
    cue: 'dirty money in',
    gate: /launder/,
    weight: -0.8,
    pattern:
      /\blaunder(?:s|ed|ing)? (?:[\w']+ ){0,3}(?:money|cash|billions|fortunes?)\b|\bmoney[- ]launder\w*/u,
  },
  {
    cue: 'keep the door shut',
    gate: /shut|closed/,
    weight: -0.8,
    pattern: /\bkeep (?:the |our )?(?:doors?|borders?|gates?|markets?) (?:shut|closed)\b/u,
  },
];
