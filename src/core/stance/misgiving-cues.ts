// How people turn against the talks in words the older tables miss: the victims' land sold for a
// photo, the truce as a pause before the next war, bounties on our troops, the press conference as
// a hostage video, another present for the Kremlin, the president who is played like every one
// before him, leverage given up front for vague promises, the oligarchs as the only winners,
// Moscow treated better than the allies, a goodwill gesture to a bully, and the bare charge shouted
// ("TREASON."). Each is a way of speaking with its usual variants, not a sentence from a labelled
// set; weights are in score units like the other cue tables.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:the kremlin|putin|moscow|russia)`;

export const MISGIVING_CUES: readonly GeneralCue[] = [
  {
    cue: 'sold for a photo',
    gate: /sell|pause|break|breather|intermission|timeout|interlude|photo|picture|handshake/,
    weight: -0.8,
    pattern:
      /\bsell(?:ing|s)? (?:out )?(?:our|their|his|your|the) (?:land|country|allies|friends|people|future|freedom|sovereignty)\b|\bnot (?:a )?peace,? (?:it(?:'s| is) |is |just |only )*(?:a )?(?:pause|break|breather|intermission|timeout|interlude)\b|\bpause before (?:the )?next war\b|\b(?:and|while) (?:we|america|the us|trump)(?:'ll| will)? (?:get|gets|have|has|got) (?:a|the|his|another) (?:nice |pretty |great |lovely |shiny )?(?:photo|photo-?op|picture|handshake)\b/u,
  },
  {
    cue: 'no friends with those who kill our troops',
    gate: /bount|make friends|shake hands|shaking hands|deals|break bread|breaking bread|sit down|cozy|cozying|making nice/,
    weight: -0.8,
    pattern:
      /\bbount(?:y|ies) on (?:our |american |us |u\.s\. )?(?:troops|soldiers|servicemen|marines|boys)\b|\b(?:don't|do not|shouldn't|should not|never) (?:make friends|shake hands|do deals|break bread|sit down|cozy up) with (?:people|those|men|regimes|a regime|someone|anyone) who\b|\b(?:should not|shouldn't|must not|mustn't|have no business) be(?:ing)? (?:shaking hands|doing deals|breaking bread|cozying up|making nice) with\b/u,
  },
  {
    cue: 'a hostage video',
    gate: /hostage/,
    weight: -0.8,
    pattern: /\ba hostage video\b|\blooked like a hostage\b/u,
  },
  {
    cue: 'a present for the Kremlin',
    gate: /present|gift|freebie|giveaway|win|victory|coup/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`(?<!\b(?:not|no|isn't|wasn't|hardly) (?:a |an )?)\b(?:gift-?wrapped (?:present|gift)|present|freebie|giveaway|propaganda (?:coup|win|victory)) (?:for|to) ${KREMLIN}\b|\banother (?:gift|win|victory) (?:for|to) ${KREMLIN}\b`,
      'u',
    ),
  },
  {
    cue: 'played like the ones before',
    gate: /play|tears/,
    weight: -0.8,
    pattern:
      /\b(?:putin|he|the kremlin|moscow)(?: has)? (?:played|plays|will play|'ll play|is playing) (?:every|each|another|this|all|our) (?:american |us |u\.s\. )?(?:president|presidents|administration|one)\b|\b(?:will|going to|gonna) end in tears\b/u,
  },
  {
    cue: 'how not to negotiate',
    gate: /how not to|vague promises|leverage/,
    weight: -0.7,
    pattern:
      /\bhow not to (?:negotiate|do diplomacy|deal with)\b|\bvague promises\b|\b(?:give|gave|giving|gives) away (?:your|our|the|all (?:our|your)) leverage\b/u,
  },
  {
    cue: 'only the cronies win',
    gate: /only|crony|sweetheart|count me out/,
    weight: -0.8,
    pattern:
      /\bthe only (?:people|ones) (?:this|that|the|it) (?:\W?\w+\W? )?(?:benefits|helps|enriches|serves) (?:are|is)\b|\bthe only (?:winners|beneficiaries) (?:here )?(?:are|is)\b|\b(?:crony|sweetheart) deals?\b|\bcount me out\b/u,
  },
  {
    cue: 'Moscow put before the allies',
    gate: /better than|alliances die|nato|alliance|the west/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\btreat(?:s|ing|ed)? ${KREMLIN} better than (?:our (?:allies|friends)|berlin|ottawa|london|paris|nato|europe|the allies)\b|\balliances die\b|\b(?:divides?|dividing|splits?|splitting|weakens?|weakening|fractures?|breaks? up) (?:nato|the alliance|the west)\b`,
      'u',
    ),
  },
  {
    cue: "takes Putin's word over ours",
    gate: /word over|sided|sides|siding/,
    weight: -0.9,
    pattern:
      /\b(?:took|take|takes|taking) (?:putin's|the kremlin's|moscow's|his) word over\b|\b(?:sided|sides|siding) with (?:putin|the kremlin|moscow) over (?:our|his own|the us|american)\b/u,
  },
  {
    cue: 'a goodwill gesture to a bully',
    gate: /bully|bullies|thug|dictator|goodwill gesture/,
    weight: -0.8,
    pattern:
      /\b(?:don't|do not|never) (?:disarm|blink|back down|show weakness) in front of (?:a )?(?:bully|bullies|thug|dictator)\b|\bgoodwill gesture\b[^.!?]{0,40}\b(?:insane|madness|naive|foolish|crazy|reckless|absurd)\b|\b(?:insane|madness|naive|foolish|crazy|reckless|absurd)\b[^.!?]{0,30}\bgoodwill gesture\b/u,
  },
  {
    // The charge shouted on its own: a comment that opens with it and an exclamation or full stop.
    cue: 'the charge shouted',
    gate: /treason|betrayal|appeasement|surrender|capitulation/,
    weight: -0.9,
    pattern: /^(?:this is )?(?:treason|betrayal|appeasement|surrender|capitulation)[.!]/u,
  },
];
