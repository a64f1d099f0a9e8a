// Opposition said as a plain refusal or a pointed turn rather than in the usual keywords: "hard
// pass", "you don't make nice with…", a name not to be put on a deal, "forgive me for not trusting",
// trust-but-verify turned into "trust and forget", a side that gives nothing for free, a record
// asked about and counted at zero, never a critical word for the other side, a deal sought without
// a single concession, "the opposite of peace through strength", misgiving that has grown, a deal
// "about something other than" what is said, a truce only one side keeps, mock confidence that
// nothing goes wrong, a praise word put in a condition, people planning to leave, allies forgotten
// for a photo, a mock seminar the two could host. Each is a way of speaking about any
// rapprochement, not a sentence of a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

export const REFUSAL_CUES: readonly GeneralCue[] = [
  {
    cue: 'a plain refusal',
    gate: /hard pass|hard no|count me out/,
    weight: -0.9,
    // At a sentence's start only: "a hard pass" in a game report is no refusal.
    pattern: /(?:^|[.!?] )(?:a )?(?:hard pass|hard no)\b|\bcount me out\b/u,
  },
  {
    cue: 'you do not make nice with them',
    gate: /make nice|cozy|make friends|do business|break bread/,
    weight: -0.9,
    pattern:
      /\b(?:you|we|one|america) (?:don't|do not|shouldn't|should not|never|can't|cannot|mustn't) (?:make nice|cozy up|get cozy|make friends|do business|break bread) with\b/u,
  },
  {
    cue: 'not to put our name on it',
    gate: /name|signature|credibility/,
    weight: -0.9,
    pattern:
      /\b(?:shouldn't|should not|won't|will not|mustn't|must not|can't|cannot|never|wouldn't|would not) (?:put|sign|lend) (?:its|our|his|their|my|your|america's|the country's) (?:name|signature|credibility) (?:on|to)\b/u,
  },
  {
    cue: 'forgive me for not trusting',
    gate: /forgive|excuse|pardon/,
    weight: -0.9,
    pattern:
      /\b(?:forgive|excuse|pardon) (?:me|us) (?:for not|if i (?:don't|do not)|if we (?:don't|do not)) (?:trust|buy|believ|celebrat|cheer|get excited)/u,
  },
  {
    // "Trust, but verify" turned round: the verifying is what the writer says is missing.
    cue: 'trust, and forget',
    gate: /trust/,
    weight: -1,
    pattern:
      /\btrust,? (?:and|then) (?:forget|pray|hope|look away|never verify)\b|\bmore like trust\b/u,
  },
  {
    cue: 'gives nothing for free',
    gate: /for free/,
    weight: -0.8,
    pattern:
      /\b(?:putin|russia|moscow|the kremlin|he|they) (?:\w+ ){0,2}(?:gives?|giving|hands?|offers?) (?:anything|something|nothing) (?:away )?for free\b/u,
  },
  {
    cue: 'a record counted at zero',
    gate: /how many/,
    weight: -0.9,
    pattern:
      /\bhow many (?:\w+ ){0,3}(?:has|have|did) (?:\w+ ){0,3}(?:honou?r(?:ed)?|kept|keep|respect(?:ed)?|stuck to|stick to|observed?)\b/u,
  },
  {
    cue: 'never a critical word',
    gate: /word/,
    weight: -0.9,
    pattern:
      /\bnever (?:\w+ ){0,2}(?:says?|said|utters?|uttered|has|had) (?:a|one) (?:single )?(?:critical|bad|negative|harsh|unkind|cross|tough) word (?:about|for|on|against)\b/u,
  },
  {
    cue: 'sought without a single concession',
    gate: /concession/,
    weight: -0.8,
    pattern:
      /\bwithout (?:first )?(?:securing|getting|winning|demanding|asking for|extracting) (?:a single|any|one|a) (?:\w+ ){0,2}concessions?\b/u,
  },
  {
    // The stock slogan denied: outweighs the "strength" VADER reads as praise.
    cue: 'not peace through strength',
    gate: /peace through strength/,
    weight: -0.9,
    pattern: /\b(?:opposite of|not|isn't|is not|anything but) peace through strength\b/u,
  },
  {
    cue: 'less comfortable now',
    gate: /comfortable/,
    weight: -0.8,
    pattern: /\b(?:far|even|much|a lot|a good deal) less comfortable\b/u,
  },
  {
    cue: 'about something other than it says',
    gate: /something/,
    weight: -0.8,
    pattern:
      /\b(?:this|it|that)(?: is|'s| was) (?:really |all |clearly |obviously )?about something (?:other than|else than|besides)\b/u,
  },
  {
    cue: 'a truce only one side keeps',
    gate: /only one side/,
    weight: -0.8,
    pattern:
      /\bonly one side (?:\w+ ){0,2}(?:stops?|keeps?|honou?rs?|respects?|holds?|ceases?|observes?)\b/u,
  },
  {
    cue: 'mock confidence nothing goes wrong',
    gate: /see/,
    weight: -0.9,
    pattern:
      /\bcan'?t see (?:any way|how|a way) (?:this|it|that) (?:could |would |will |might )?(?:go(?:es)? wrong|backfire|fail)\b/u,
  },
  {
    // The praise word sits in a condition the writer denies: it must outweigh what VADER reads.
    cue: 'if it were so good, they would show it',
    gate: /such a|so /,
    weight: -1.2,
    pattern:
      /\bif (?:this|it|that|the \w+) (?:were|was|is) (?:really |truly |actually )?(?:so |such an? )(?:great|good|wonderful|fantastic|terrific|historic|beautiful)(?: \w+)?,? (?:they|he|we|you)(?:'d| would)\b/u,
  },
  {
    cue: 'people plan to leave',
    gate: /passport|leaving|emigrat|moving away|getting out|shelter/,
    weight: -0.9,
    pattern:
      /\b(?:start|starts|started|starting|begin|began) (?:thinking|to think) about (?:a |getting a )?(?:second passport|leaving|emigrating|moving away|getting out|bomb shelters?)\b/u,
  },
  {
    cue: 'allies forgotten for a photo',
    gate: /photo|picture|handshake|headline/,
    weight: -0.9,
    pattern:
      /\b(?:forget|forgets|forgot|sell|sells|sold|abandon\w*|betray\w*|sacrific\w*)(?: out)? (?:us|them|ukraine|allies|our allies|the \w+)(?: out)? for (?:a |the )?(?:nice |pretty |good |one )?(?:photo|photo-?op|picture|handshake|headline)\b/u,
  },
  {
    // A lesson the pair is mocked as fit to give, on what it is charged with trampling.
    cue: 'a mock seminar by the two',
    gate: /seminar|class|workshop|course|lecture|panel|webinar/,
    weight: -1.2,
    pattern:
      /\bnext,? (?:they|he|the two|both|the pair)(?: \w+)? (?:can|could|will|should) (?:co-?host|host|teach|give|run|lead|hold) (?:a |an )?(?:\w+ )?(?:seminar|class|workshop|course|lecture|masterclass|panel|webinar) on\b/u,
  },
];
