// How people fault the bargain itself when they name no cue word of the older tables: one side
// takes the prize ("Trump gets a photo, Putin gets Syria"), nothing given in exchange, the store
// given away, what the readouts leave out, Moscow's word that means nothing, energy as a leash,
// "Finlandization", the menu that small countries end up on, the victims asked how it went, the
// last reset's outcome asked back. Each is a way of speaking with its usual variants, not a sentence
// from a labelled set; weights are in score units like the other cue tables.
import type { GeneralCue } from './general-cues.ts';

const MOSCOW = String.raw`(?:russia|putin|moscow|the kremlin|kremlin|the russians)`;
const US = String.raw`(?:trump|we|america|the us|washington|the west|ukraine|europe)`;
const VICTIMS = String.raw`(?:donbas|donbass|donetsk|luhansk|crimea|georgia|chechnya|aleppo|grozny|the baltics|tbilisi|kyiv|kiev|ukraine|syria|mariupol|estonia|latvia|lithuania|poland|finland)`;
const PEOPLES = String.raw`(?:ukrainians?|georgians?|chechens?|syrians?|poles|estonians?|latvians?|lithuanians?|balts|finns)`;

export const BARGAIN_CUES: readonly GeneralCue[] = [
  {
    cue: 'one side takes the prize',
    gate: /russia get|putin get|moscow get|kremlin get|russians get/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b${US} gets? (?:a |an |the )?[^.!?,;]{1,40}[,;] (?:and )?${MOSCOW} gets?\b`,
      'u',
    ),
  },
  {
    cue: 'what has Moscow given?',
    gate: /what has|what have|what did|what does|what will|what do/,
    weight: -0.7,
    pattern: new RegExp(
      String.raw`\bwhat (?:has|have|did|does|will) ${MOSCOW} (?:actually |really |ever )?(?:given|give|offered|offer|conceded|concede|given up|put on the table)\b|\bwhat (?:did|have|do|will) (?:we|america|the us|ukraine) (?:actually |really )?(?:get|got|gotten) (?:from|out of) (?:${MOSCOW}|this|it|the (?:summit|deal|talks|meeting))\b`,
      'u',
    ),
  },
  {
    cue: 'gives away the store',
    gate: /away the/,
    weight: -0.8,
    pattern: /\b(?:giv(?:e|es|ing|en)|gave)(?: it)? away the (?:store|farm|shop|house|ranch)\b/u,
  },
  {
    cue: 'not a word about Crimea',
    gate: /word about|word on|word of|mention about|mention on|mention of|silence about|silence on|silence of|silent about|silent on|silent of/,
    weight: -0.7,
    pattern:
      /\b(?:not (?:a|one) (?:single )?word|no mention|not a mention|not one mention|silence|silent) (?:about|on|of) (?:crimea|ukraine|navalny|georgia|chechnya|human rights|political prisoners|the annexation|(?:the )?(?:election )?(?:hacking|interference|meddling)|the poisonings?|skripal|litvinenko|mh17|aleppo|the dissidents)\b/u,
  },
  {
    cue: 'before anyone signs anything',
    gate: /before anyone|before anybody|before we|before he|before trump|before the president|before washington|before the us/,
    weight: -0.7,
    pattern:
      /\bbefore (?:anyone|anybody|we|he|trump|the president|washington|the us) (?:signs?|agrees? to|commits? to|gives away|lifts?) (?:anything|a thing|any deal|any sanctions)\b/u,
  },
  {
    cue: "trust, but don't verify",
    gate: /verify/,
    weight: -0.8,
    pattern: /\btrust,? (?:but|and) (?:don't|do not|never|no need to|forget to) verify\b/u,
  },
  {
    cue: 'energy as a leash',
    gate: /leash|noose|chokehold|stranglehold/,
    weight: -0.6,
    pattern: new RegExp(
      String.raw`\b(?:gas|oil|energy|the pipeline|pipelines?) (?:is|are|was|as) (?:${MOSCOW}'s |a |their |his )?(?:leash|noose|chokehold|stranglehold)\b`,
      'u',
    ),
  },
  {
    // "Russia never make agreement for peace, only for time": a word given that is never kept.
    cue: 'their word means nothing',
    gate: /never|doesn't|does not|won't|will not|worthless|meaningless|nothing|the way/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b${MOSCOW} (?:never|doesn't|does not|won't|will not|has never|have never|never once) (?:make|makes|made|keep|keeps|kept|honou?rs?|honou?red|respects?|respected) (?:an? |any |its |his |their |the )?(?:agreements?|deals?|promises?|treat(?:y|ies)|ceasefires?|cease-fires?|word)\b|\b(?:ceasefires?|agreements?|treaties|deals|promises|signatures?) (?:with|from|of) ${MOSCOW} (?:are|is|mean|means) (?:worthless|meaningless|nothing|not worth the paper)\b|\bsigns? (?:ceasefires|treaties|agreements|deals) the way\b`,
      'u',
    ),
  },
  {
    cue: 'they have not changed',
    gate: /changed/,
    weight: -0.7,
    pattern: new RegExp(
      String.raw`\b(?:they|${MOSCOW})(?: still)? (?:haven't|hasn't|have not|has not|never) changed (?:one bit|a bit|at all|a thing)\b`,
      'u',
    ),
  },
  {
    cue: 'Finlandization',
    gate: /finland/,
    weight: -0.8,
    pattern: /\bfinlandi[sz](?:ation|ed)\b/u,
  },
  {
    // "If you're not at the table, you're on the menu": the small countries the deal is made over.
    cue: 'on the menu',
    gate: /menu/,
    weight: -0.7,
    pattern:
      /\b(?:we're|we are|we'll be|ukraine is|ukraine's|the baltics are|europe is|they're|poland is|georgia is)(?: \w+){0,3} on the menu\b/u,
  },
  {
    cue: 'ask the victims how it went',
    gate: /ask /,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\bask (?:(?:anyone|anybody|someone|the people|people) (?:in|from) ${VICTIMS}|(?:any|the) ${PEOPLES})\b[^.!?]{0,40}\b(?:how|what|whether|about)\b`,
      'u',
    ),
  },
  {
    // The last reset's outcome asked back ("how'd part 1 go again").
    cue: 'how did that go last time?',
    gate: /how'd|how did/,
    weight: -0.7,
    pattern:
      /\bhow(?:'d| did) (?:that|the last one) work out\b|\bhow(?:'d| did) (?:part (?:1|one|i)|the (?:last|first|previous) (?:one|reset|round|time|summit)|the (?:2009 )?reset|that reset) (?:go|work out|end|turn out)\b|\bhow(?:'d| did) (?:that|it) (?:go|end|turn out) (?:again|last time|for (?:obama|bush|chamberlain|georgia|ukraine|crimea))\b/u,
  },
  {
    cue: 'cosy with the Kremlin',
    gate: /chummy|buddy-buddy|lovey-dovey|palsy/,
    weight: -0.6,
    pattern: /\b(?:chummy|buddy-buddy|lovey-dovey|palsy-walsy)\b/u,
  },
  {
    cue: 'wishful thinking',
    gate: /wishful/,
    weight: -0.6,
    // "It is wishful thinking that Syria can be settled without Russia" argues for the talks.
    pattern: /\bwishful thinking\b(?![^.!?]{0,80}\bwithout\b)/u,
  },
  {
    cue: 'a strange sort of friendship',
    gate: /sort of|kind of|brand of|type of|friends like/,
    weight: -0.7,
    pattern:
      /\b(?:strange|funny|odd|weird|curious|peculiar) (?:sort|kind|brand|type) of (?:friendship|friend|partner|partnership|ally|alliance|reset|peace|d[ée]tente)\b|\bwith friends like (?:these|that|him|them|putin|russia)\b/u,
  },
  {
    // The precedent refused: "China wasn't hacking our elections in 1972."
    cue: "they weren't doing this then",
    gate: /china|beijing|mao|soviets|ussr|gorbachev|brezhnev|khrushchev/,
    weight: -0.6,
    pattern:
      /\b(?:china|beijing|mao|the soviets|the ussr|gorbachev|brezhnev|khrushchev) (?:wasn't|weren't|didn't|was not|were not|never) (?:\w+ )?(?:hacking|hack|invading|invade|annexing|annex|interfering|interfere|meddling|meddle|poisoning|poison)\b/u,
  },
];
