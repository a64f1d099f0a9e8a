// Opposition argued from who is alarmed and what the deal signals, with no charge word: neighbours
// frightened "and rightly so", a message to every strongman, a man who should not be treated as a
// partner, a slap in the face, the joke that is on us, nothing normal about it, a tell of who runs
// the talks, the deal reduced to a narrow motive. Each rule is a way of arguing with its usual
// variants, not a sentence from a labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const RUSSIA = String.raw`(?:russia|moscow|putin|the kremlin|kremlin|the russians)`;
/** Those a signal of weakness would embolden. */
const STRONGMEN = String.raw`(?:strongm[ae]n|dictators?|autocrats?|tyrants?|aggressors?|despots?|warlords?)`;

export const ALARM_CUES: readonly GeneralCue[] = [
  {
    // The fear of those nearest called justified: "…are terrified, and rightly so".
    cue: 'the alarm is justified',
    gate: /rightly|reason|right to|horror|alarm|dread|dismay/,
    weight: -0.9,
    pattern:
      /\b(?:are|is|were|was) (?:\w+ )?(?:terrified|horrified|alarmed|frightened|scared|nervous|worried|appalled)\b[^.!?]{0,40}?,? and (?:rightly so|with (?:good )?reason|for good reason|(?:they|we)(?:'re| are) right to(?: be)?)\b|\bwatching (?:this|it|all this|all of this) with (?:horror|alarm|dread|dismay)\b/u,
  },
  {
    // What the deal teaches others: "it tells every dictator that borders are negotiable".
    cue: 'a message to every strongman',
    gate: /strongm|dictator|autocrat|tyrant|aggressor|despot|warlord/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:tells|told|teaches|taught|signals to|shows|showed|sends (?:a message|the message|a signal) to) (?:every|other|all the|the world's|would-be|any) (?:[\w-]+ )?${STRONGMEN}\b`,
      'u',
    ),
  },
  {
    // "…shouldn't be treated as a partner": the other leader denied the standing the talks give.
    cue: 'not to be treated as a partner',
    gate: /be treated|be welcomed|be embraced|be courted|be received|be seen|be honou?red/,
    weight: -0.9,
    pattern:
      /\b(?:shouldn'?t|should not|must not|mustn'?t|can'?t|cannot|can not|ought not to|has no business|should never) be (?:treated|welcomed|embraced|courted|received|seen|honou?red) as (?:a |an )?(?:partner|friend|ally|equal|statesman)\b/u,
  },
  {
    // The deal felt as an insult by those it passes over; not when the slap is aimed at the hawks.
    cue: 'a slap in the face',
    gate: /slap in|kick in|stab in/,
    weight: -0.9,
    pattern:
      /\b(?:slap|kick) in the (?:face|teeth)\b(?! (?:to|for) (?:the )?(?:hawks|warmongers|critics|neocons|war party|pundits))|\bstab in the back\b/u,
  },
  {
    // The summit told as a joke whose butt is the writer's own side.
    cue: 'the joke is on us',
    gate: /punch|joke/,
    weight: -0.9,
    pattern:
      /\bthe (?:punch ?line|joke) is (?:on )?(?:us|we|america|the rest of us|europe|ukraine|the voters|the taxpayers)\b/u,
  },
  {
    // Said against the meeting: its irregularity, not its normality ("nothing about this is normal").
    cue: 'nothing normal about it',
    gate: /normal/,
    weight: -0.8,
    pattern:
      /\bnothing (?:about (?:this|it|that|any of (?:this|it)) )?is normal\b|\bnothing normal about (?:this|it|that|the)\b/u,
  },
  {
    // A detail read as a tell of who runs the talks or how little they mean to the other side.
    cue: 'tells you who runs it',
    gate: /tells? you/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\btells? you (?:how (?:serious|sincere|committed|interested) (?:${RUSSIA}|he|they) (?:is|are)|who(?:'s| is) (?:running|in charge of|calling the shots|holding the cards|driving|steering|leading))\b`,
      'u',
    ),
  },
  {
    // The deal reduced to a narrow motive: "this is about relief for a few oligarchs, nothing more".
    cue: 'about a narrow motive, nothing more',
    gate: /nothing more|nothing else/,
    weight: -0.9,
    pattern:
      /\b(?:this|it|that|the deal|the summit|the whole thing)(?: is| was|'s) (?:really |all |just |only |purely )?about [^.!?]{3,60},? (?:and )?nothing (?:more|else)\b/u,
  },
];
