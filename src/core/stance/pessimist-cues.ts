// Distrust voiced as foreboding or a dare rather than a charge: hoping to be wrong, daring anyone to
// name one time the other side kept its word, trust withheld even for a small thing "let alone" a
// treaty, a past thaw regretted and this one "worse", mock eagerness for the show, mock trust in a
// man with a record, the sudden friendship asked about in disbelief, the last truces that lasted a
// weekend. Each rule is a way of speaking with its usual variants, not a sentence from a labelled
// set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const RUSSIA = String.raw`(?:russia|moscow|putin|the kremlin|kremlin|the russians)`;

export const PESSIMIST_CUES: readonly GeneralCue[] = [
  {
    // Foreboding said politely: "I'd love to be wrong", "I hope I'm wrong". Strong enough to outweigh
    // the praise word ("love") it is said with.
    cue: 'hopes to be wrong',
    gate: /wrong/,
    weight: -1.1,
    pattern:
      /\b(?:i'?d|i would) (?:love|like|be happy|be glad|be delighted) to be (?:proven |proved )?wrong\b|\bi (?:really |sincerely |truly )?hope (?:i'?m|i am) wrong\b/u,
  },
  {
    // A dare: "name one time they kept a deal after it stopped suiting them".
    cue: 'name one time they kept it',
    gate: /one|single/,
    weight: -1,
    pattern: new RegExp(
      String.raw`\b(?:is there|name|give me|show me|find me|cite) (?:one|a single) (?:example|time|instance|case|occasion) (?:of |when |where )?(?:${RUSSIA}|he|they)\b[^.!?]{0,20}\b(?:honou?r\w*|kept|keep\w*|respect\w*|stuck to|stick\w* to|abid\w*)\b`,
      'u',
    ),
  },
  {
    // Trust withheld for a small thing, let alone the deal: "wouldn't trust them with my lunch money".
    cue: 'not even with a small thing',
    gate: /let alone/,
    weight: -1,
    pattern:
      /\b(?:wouldn'?t|would not|won'?t|will not|don'?t|do not|couldn'?t|could not|never) trust (?:\w+ ){0,3}with (?:a |an |my |the |our |his |their )?(?:[\w-]+ ){0,3}[\w-]+,? let alone\b/u,
  },
  {
    // A past thaw regretted and this one judged worse.
    cue: 'wrong then, and this is worse',
    gate: /worse/,
    weight: -0.9,
    pattern:
      /\b(?:i was wrong|we were wrong|it was a mistake|that was a mistake)\b[^.!?]{0,30}\b(?:this|this one|now it) is (?:even |much |far )?worse\b/u,
  },
  {
    // Mock eagerness for the staged show, which VADER reads as praise.
    cue: 'mock eagerness for the show',
    gate: /wait/,
    weight: -1.3,
    pattern:
      /\bcan'?t wait (?:for|to see|until) (?:the|their) (?:joint )?(?:press conference|photo ?op|handshake|summit|communiqu[ée]|statement|speech|banquet|toast)\b[^.!?]{0,20}\bwhere\b/u,
  },
  {
    // "Sure, let's trust the man who…": trust offered in mock earnest, the record following.
    cue: 'mock trust in a man with a record',
    gate: /let's|lets/,
    weight: -1,
    pattern: new RegExp(
      String.raw`(?:^|[.!?] )(?:sure|yes|yeah|right|great|ok|okay),? let'?s (?:just )?(?:trust|believe|take the word of) (?:the man|the guy|a man|a regime|a government|the people|someone|${RUSSIA}) (?:who|that)\b`,
      'u',
    ),
  },
  {
    // The sudden friendship asked about in disbelief: "And now we want to be friends?"
    cue: 'now they want to be friends?',
    gate: /friends\?|partners\?|buddies\?/,
    weight: -0.9,
    pattern:
      /\bnow (?:\w+ ){1,3}(?:wants?|wanting) (?:to )?be (?:best )?(?:friends|partners|buddies)\?/u,
  },
  {
    // The record of past truces summed up by how short they were.
    cue: 'the last ones lasted a weekend',
    gate: /lasted|held|survived/,
    weight: -0.9,
    pattern:
      /\b(?:each|every one|all|most|both|none) of (?:which|them) (?:lasted|held|survived) (?:about |maybe |roughly |barely |all of |less than |under |more than )?(?:a|an|one|two|three|a few) (?:weekend|week|weeks|day|days|hours?|months?)\b/u,
  },
];
