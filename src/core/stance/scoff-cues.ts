// How people scoff at a rapprochement in a few words, with no charge a lexicon knows: the deal's
// name followed by "my foot" or ", really.", the other side's "idea of a truce" described, mock
// thanks for the other side's generosity, a plea ("Please no."), a warning not to fall for it, and
// paper called worthless against a cheat. Each is a way of speaking with its usual variants, not a
// sentence from a labelled set; weights are in score units like the other cue tables.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:russia|moscow|putin|the kremlin|kremlin|the russians)`;
/** The engagement's names, as the thing scoffed at. */
const DEAL = String.raw`(?:cease-?fire|peace|deal|truce|partnership|d[ée]tente|reset|cooperation|friendship|progress|breakthrough|talks|summit|diplomacy|arms control)`;

export const SCOFF_CUES: readonly GeneralCue[] = [
  {
    // "Peace my foot.", "Arctic cooperation, really.", "Progress for whom?": the name repeated in scorn.
    cue: 'scoffs at the name',
    gate: /my foot|really[.?!]|for whom/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b${DEAL},? my foot\b|(?:^|[.!?] )(?:[\w-]+ ){0,2}${DEAL},? really[.?!]|\b(?:normal|peace|progress|a win|a success|stability|security|safer|better) for whom\?`,
      'u',
    ),
  },
  {
    // The other side's version of the deal described: "Moscow's idea of a truce is…".
    cue: 'their idea of a truce',
    gate: /idea of/,
    weight: -0.8,
    pattern: new RegExp(String.raw`\b${KREMLIN}'s idea of (?:a |an )?${DEAL}\b`, 'u'),
  },
  {
    // Mock gratitude to the other side: "How kind of the Kremlin to let us…".
    cue: 'mock thanks to the Kremlin',
    gate: /generous of|kind of|nice of|thoughtful of|gracious of|sweet of|decent of/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`(?:^|[.!?] )(?:so|how|very|too|awfully) (?:generous|kind|nice|thoughtful|gracious|sweet|decent) of (?:${KREMLIN}|him|them) to\b`,
      'u',
    ),
  },
  {
    // A plea as a sentence of its own, or a warning against the other side's pitch.
    cue: 'please, no',
    gate: /please|god|hell no|fall for|buy/,
    weight: -0.8,
    pattern:
      /(?:^|[.!?] )(?:please,? no|god,? no|hell no|oh god,? no)[.!]*(?= |$)|\b(?:don't|do not) (?:fall for|buy) (?:it|this|that|any of it|the hype)\b/u,
  },
  {
    // Paper called worthless against a side that cheats: distrust of any treaty with it.
    cue: 'paper is worthless against a cheat',
    gate: /worth nothing|cheats|cheat/,
    weight: -0.9,
    pattern:
      /\b(?:paper|signatures?|promises?|words?|treat(?:y|ies)|agreements?|deals?) (?:is|are) worth nothing\b|\b(?:one side|the other side|they|he) (?:cheats|will cheat|always cheats)\b/u,
  },
];
