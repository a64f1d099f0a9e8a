// How people turn a rapprochement down in plain words: "walk away from this one", "dead on
// arrival", "partners don't do that", "spare me the cooperation talk", "he isn't a man you can
// charm", a deal "with the people who hack us", "Terrible idea.", and mock faith in the other
// side's word ("I'm sure Moscow will be very helpful", "he's such a man of his word"). Each rule
// is a way of speaking with its usual variants, not a sentence from a labelled set.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:moscow|putin|russia|the kremlin|the russians|they|he)`;
const GOOD_FAITH = String.raw`(?:helpful|honest|trustworthy|cooperative|reliable|transparent|forthcoming|keep (?:his|their|its) word|play fair|behave|stick to it|honou?r it)`;

export const REBUFF_CUES: readonly GeneralCue[] = [
  {
    cue: 'walk away from it',
    gate: /walk/,
    weight: -0.9,
    pattern:
      /\bwalk (?:away|out) (?:from|of) (?:this|the|that|these) (?:one|deal|table|talks|summit|agreement|negotiations?|thing)\b|(?:^|[.!?] )walk away[.!]/u,
  },
  {
    cue: 'cannot deliver',
    gate: /arrival|deliver|enforce/,
    weight: -0.8,
    pattern:
      /\bdead on arrival\b|\b(?:neither|none|nobody|no one)(?: of them)? can (?:deliver|enforce)\b|\bcan'?t (?:deliver|enforce) (?:it|this|that|anything|the)\b/u,
  },
  {
    cue: 'partners don’t do that',
    gate: /do that|do this/,
    weight: -0.9,
    pattern:
      /\b(?:partners|friends|allies|real partners|a partner|a friend|an ally) (?:don'?t|do not|doesn'?t|does not|wouldn'?t|would not) do (?:that|this)\b/u,
  },
  {
    cue: 'spare me the cooperation talk',
    gate: /spare me|spare us/,
    weight: -0.8,
    pattern:
      /\bspare (?:me|us) (?:the |your |all (?:the|this) )?['"‘“]?(?:\w+ )?(?:cooperation|partnership|friendship|peace|reset|d[ée]tente|diplomacy|engagement|thaw|new era|good ?will)\b/u,
  },
  {
    cue: 'not a man you can charm',
    gate: /you can|we can|anyone can|you could|we could|anyone could/,
    weight: -0.9,
    pattern:
      /\b(?:isn'?t|is not|ain'?t|is no|are not|aren'?t) (?:a |an |the )?(?:\w+ ){0,2}(?:man|guy|leader|businessman|partner|person|someone|people|regime|government) (?:you|we|anyone) (?:can|could) (?:charm|trust|reason with|befriend|do business with|flatter|win over|sweet-?talk|bargain with)\b/u,
  },
  {
    cue: 'a deal with those who attack us',
    gate: /hack|attack|invad|poison|bomb|meddl|interfer|spy on|spies on|spied on|lie to|lied to/,
    weight: -0.8,
    pattern:
      /\bwith (?:the |a )?(?:people|country|regime|government|guys|men|ones|state) (?:who|that) (?:\w+ )?(?:hack|hacks|hacked|attack|attacks|attacked|invade|invades|invaded|poison|poisons|poisoned|bomb|bombs|bombed|meddle|meddles|meddled|interfere|interferes|interfered|spy on|spies on|spied on|lie to|lies to|lied to) (?:us|our)\b/u,
  },
  {
    cue: 'calls it a bad idea',
    gate: /idea/,
    weight: -0.8,
    pattern:
      /(?:^|[.!?] )(?:a |what a |such a )?(?:terrible|awful|horrible|dreadful|dangerous|dumb|stupid|insane|reckless|foolish|idiotic) idea(?:[.!]|$)/u,
  },
  {
    // Strong enough to outweigh the praise it mocks ("Great news! He promised. Such a man of his word.").
    cue: 'mock faith in their word',
    gate: /sure|certain|such |always /,
    weight: -1.2,
    pattern: new RegExp(
      String.raw`\bi'?m (?:sure|certain) (?:that )?${KREMLIN}(?: will| would|'ll|'d)? (?:be )?(?:very |really |so |totally |most |extremely |super )?${GOOD_FAITH}\b|\b(?:he'?s|he is|putin'?s|putin is|they'?re|they are|the kremlin is|moscow is) (?:such|always) (?:a |an )?(?:man of (?:his|their) word|men of their word|honest|trustworthy|reliable|honou?rable|truthful)\b`,
      'u',
    ),
  },
];
