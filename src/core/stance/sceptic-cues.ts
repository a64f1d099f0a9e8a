// How people turn against these talks while granting talks in general ("I'm all for diplomacy. This
// isn't it."; "my worry isn't that they talk"), and the short forms of scorn the older tables miss:
// the summit as a TV show, nothing got in return, Russia put first, the president reading Moscow's
// talking points, "why are we shaking hands", a deal that legitimises the other side or only helps
// it divide Europe, a bad trade, "I'll believe it when…", sanctions relief to be blocked, and the
// cheer withheld ("forgive me if I'm not cheering", "cool cool cool"). Also the forms non-native
// writers use ("Putin want only to divide Europe"). Each rule is a way of speaking with its usual
// variants, not a sentence from a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:russia|moscow|putin|the kremlin|the russians)`;
const TALKS = String.raw`(?:talking|talks|diplomacy|d[ée]tente|negotiating|negotiation|engagement|peace|dialogue)`;

export const SCEPTIC_CUES: readonly GeneralCue[] = [
  {
    // Strong enough to outweigh the praise of talking it grants first ("talking beats war").
    cue: 'for talks, but not these',
    gate: /worry|problem|issue|objection|concern|complaint|isn't|s not|ain't|wasn't|all for/,
    weight: -1.8,
    pattern: new RegExp(
      String.raw`\b(?:worry|problem|issue|objection|concern|complaint) (?:isn't|is not|was never|wasn't|has never been) (?:that|the fact that) (?:they|we|he|the two(?: \w+)?) (?:talk|talked|meet|met|are talking)\b|\b(?:this|that|it) (?:isn't|is not|ain't|wasn't) (?:real |actual |true |genuine )?${TALKS}[.!,;:]? (?:it'?s|it is|it was|this is|that is|that'?s)\b|\ball for ${TALKS}\b[^.!?]{0,30}[.!?;,] (?:but )?(?:this|that) (?:isn't|is not|ain't) it\b|\b(?:i'?d|i would) (?:love|welcome|like|want) (?:a )?(?:real |genuine |actual )?${TALKS}\b[^.!?]{0,40}[.!?;,] (?:but )?(?:this|that|it) (?:isn't|is not|ain't) (?:it|that)\b`,
      'u',
    ),
  },
  {
    // With or without the article a non-native writer may drop ("is not good idea").
    cue: 'not a good idea',
    gate: /good idea/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:the |this )?(?:deal|summit|talks|meeting|agreement|reset|partnership|friendship) (?:is|was|are) not (?:a )?good idea\b|\b(?:is|it's|it is) not (?:a )?good idea to (?:trust|believe|befriend|reward|make deals? with|be friends with) ${KREMLIN}\b`,
      'u',
    ),
  },
  {
    cue: 'a show for the folks at home',
    gate: /show|theat|pantomime|kabuki|circus/,
    weight: -0.8,
    pattern:
      /\b(?:it'?s|it is|this is|that'?s|that is|all|just|pure|mere|nothing but)(?: just| all| pure| mere| only)? (?:a |an )?(?:tv show|television show|reality show|theat(?:er|re)|political theat(?:er|re)|pantomime|kabuki|circus|show for the (?:cameras|folks|base|voters|audience))\b/u,
  },
  {
    cue: 'nothing in return',
    gate: /in return|out of it|out of th|for it|for th|zero for|nothing|exchange for/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\bwhat (?:exactly |precisely |on earth )?(?:did|do|does|will) (?:we|america|the us|the u\.s\.|ukraine|europe|trump) (?:exactly )?(?:get|gain|receive) (?:in return|out of (?:it|this|that)|for (?:it|this|that))\b|\b(?:zero|nothing) for (?:us|america|the us|our (?:farmers|workers|allies))\b|\bcosts? ${KREMLIN} nothing\b|\bin exchange for (?:a |one )?(?:photo(?:-? ?ops?)?|handshake|picture|smile)\b`,
      'u',
    ),
  },
  {
    cue: 'Russia put first',
    gate: /first/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:put|puts|putting) ${KREMLIN}(?:'s interests)? (?:\w+ )?first\b`,
      'u',
    ),
  },
  {
    cue: 'Moscow’s talking points',
    gate: /talking points/,
    weight: -0.8,
    pattern:
      /\b(?:reads?|reading|parrot(?:s|ing|ed)?|repeat(?:s|ing|ed)?|recit(?:es|ing|ed)) (?:back )?(?:the )?(?:kremlin|putin'?s|moscow'?s|russian|russia'?s|the kremlin'?s|one side'?s) talking points\b|\btalking points (?:being |are |were )?(?:read|parroted|repeated|recited)(?: back)?\b/u,
  },
  {
    cue: 'why are we shaking hands',
    gate: /why are|why is|why would|why should|why do|why did/,
    weight: -0.8,
    pattern:
      /\bwhy (?:are|is|would|should|do|does|did) (?:we|america|the us|he|trump|the president|our president) (?:even |still )?(?:shaking (?:\w+ )?hands?|rewarding|cozying up|legitimi[sz]ing|trusting|sucking up|making nice)\b/u,
  },
  {
    cue: 'helps Moscow divide Europe',
    gate: /to divide|to split|to weaken|to break|to destroy|to undermine|is helping/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b${KREMLIN} (?:only )?wants? (?:only |just )?to (?:divide|split|weaken|break|destroy|undermine) (?:europe|nato|the west|the eu|the alliance|us|america)\b|\band (?:trump|he|washington|the president|our president) is helping (?:him|them|putin|russia)\b`,
      'u',
    ),
  },
  {
    cue: 'legitimises them',
    gate: /legitimi/,
    weight: -0.9,
    pattern:
      /(?<!\b(?:not|n't|doesn't|does not|won't|will not|never) (?:\w+ )?)\blegitimi[sz](?:es|e|ing|ed) (?:their|his|putin|assad|russia|moscow|the regime|the annexation|the occupation|a (?:dictator|war criminal|murderer))\b/u,
  },
  {
    cue: 'interests at odds',
    gate: /incompatible|upside/,
    weight: -0.8,
    pattern:
      /\b(?:fundamentally |utterly )?incompatible with (?:ours|our (?:own )?(?:interests|goals|values|objectives|aims))\b|\bi see (?:little|no) upside\b|\b(?:little|no) upside (?:for|to) (?:us|america|the us|the west)\b/u,
  },
  {
    // A verdict of its own ("Bad trade.", "It's a bad deal no matter who signs it"), not the
    // phrase inside a longer sentence, where it is as often a pool closure or someone else's word.
    cue: 'a bad trade',
    gate: /bad|lousy|terrible|rotten|awful|raw |one-sided|lopsided|horrible/,
    weight: -0.8,
    pattern:
      /(?:^|[.!?;:] )(?:(?:it'?s|it is|this is|that'?s|that is|what|such) )?(?:a |an )?(?:really |truly )?(?:bad|lousy|terrible|rotten|awful|raw|one-sided|lopsided|horrible) (?:deal|trade|bargain)\b(?! (?:for (?:russia|moscow|putin|the kremlin)|is better))/u,
  },
  {
    // Tied to the talks or the other side: "I'll believe it when I see it" alone is said of any promise.
    cue: 'believes it when it happens',
    gate: /ll believe|will believe/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\bi(?:'ll| will) believe (?:in )?(?:this|the|their|any) (?:one|cooperation|partnership|friendship|deal|ceasefire|cease-fire|truce|reset|peace|thaw|promises?)\b[^.!?]{0,20}\bwhen\b|\bi(?:'ll| will) believe (?:it|that|them|him) when (?:${KREMLIN}|russian|the russian)\b`,
      'u',
    ),
  },
  {
    cue: 'no sanctions relief',
    gate: /relief|block/,
    weight: -0.8,
    pattern:
      /(?<!\b(?:can|could|may|might) )\bblock (?:any |the |all )?(?:sanctions relief|easing of (?:the )?sanctions|lifting of (?:the )?sanctions)\b|\bno sanctions relief\b/u,
  },
  {
    cue: 'the cheer withheld',
    gate: /forgive|excuse|pardon|cool cool|cool, cool|best bud|best pal|best friends with|best mates/,
    weight: -0.8,
    pattern:
      /\b(?:forgive|excuse|pardon) (?:me|us) if (?:i'?m|i am|we'?re|we are|i don'?t|i do not) (?:not )?(?:cheer|celebrat|thrill|excit|impress|jump|pop)\w*|\bcool,? cool,? cool\b|\bbest (?:buds|buddies|pals|friends|mates) with (?:the guy|putin|a dictator|the kremlin|the man)\b/u,
  },
  {
    // Scare quotes or "on what, exactly" around the engagement's own name: the euphemism unmasked.
    cue: 'the euphemism unmasked',
    gate: /be clear|be honest|what, exactly|what exactly/,
    weight: -1.2,
    pattern:
      /\blet'?s be (?:clear|honest) (?:about )?what ['‘"“]?(?:working together|cooperation|partnership|friendship|a reset|the reset|deconfliction|peace|d[ée]tente|better relations)\b|\b(?:working together|cooperat(?:ion|ing)|partnership|friendship|teaming up) on what,? exactly\b/u,
  },
];
