// Support argued from prudence, with no praise word: silence until "something goes boom by
// accident", any channel worth a lot of bad headlines, the two men wanted "on speaking terms",
// bridges over walls, no downside to be seen, talks that "paid for themselves", the deal called
// "what I voted for". Each rule is a way of arguing with its usual variants, not a sentence from a
// labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const CHANNEL = String.raw`(?:channel|contact|line|hotline|dialogue|talks?|conversation|phone call|call|deal|agreement|meeting)`;

export const PRUDENCE_CUES: readonly GeneralCue[] = [
  {
    // The cost of silence is an accident: "keep not speaking until something goes boom by accident".
    cue: 'silence until an accident',
    gate: /by accident|by mistake|accidentally/,
    weight: 1,
    pattern:
      /\b(?:not (?:speaking|talking)|silence|ignor\w+|freez\w+ (?:\w+ )?out|no (?:contact|hotline|channel)|refus\w+ to (?:talk|speak))\b[^.!?]{0,30}\buntil (?:something|someone|somebody|a \w+)\b[^.!?]{0,40}\b(?:by accident|by mistake|accidentally)\b/u,
  },
  {
    cue: 'any channel is worth it',
    gate: /worth/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\bany ${CHANNEL}\b[^.!?]{0,60}\b(?:is|are|would be|will be) worth (?:a lot|it|the(?! paper)|any|every|some|all)\b`,
      'u',
    ),
  },
  {
    cue: 'wants them on speaking terms',
    gate: /speaking terms/,
    weight: 0.9,
    pattern:
      /\b(?:want|wants|need|needs|prefer|rather|better|glad|good)\b[^.!?]{0,60}\bon speaking terms\b/u,
  },
  {
    cue: 'bridges, not walls',
    gate: /bridges/,
    weight: 0.8,
    pattern:
      /\bbridges (?:are |is )?(?:better|beat walls)\b|\bbridges,? not walls\b|\bbridges (?:over|rather than|instead of) walls\b/u,
  },
  {
    // Strong enough to outweigh the negative words of the figure of speech ("struggling", "downside").
    cue: 'sees no downside',
    gate: /downside|harm|drawback/,
    weight: 1.2,
    pattern:
      /\b(?:struggl\w* to|can'?t|cannot|fail\w* to|hard to|don'?t|do not) see (?:the|any|a|much) (?:downside|harm|drawback)\b|\bwhere'?s the (?:harm|downside)\b/u,
  },
  {
    cue: 'the talks pay for themselves',
    gate: /paid for|pays for|pay for/,
    weight: 0.9,
    pattern:
      /(?<!\b(?:never|not|hasn't|haven't|won't|didn't|doesn't|don't) )\b(?:(?:have|has|'ve|'s|will have|already) )?paid for (?:themselves|itself)\b|\bpays? for (?:themselves|itself) (?:many times|twice|ten times)\b/u,
  },
  {
    cue: 'what I voted for',
    gate: /voted for/,
    weight: 0.9,
    pattern:
      /\b(?:this is|that's|that is|it's|it is) (?:exactly |precisely |just )?what (?:i|we|my family|millions of us) voted for\b/u,
  },
];
