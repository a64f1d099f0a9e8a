// Rhetorical questions and mock exclamations whose lean is plain to any reader though no verdict
// word is used: "Heaven forbid a president talk to another president", "Who exactly is harmed by a
// ceasefire?", "Does anyone seriously believe he will honour this?", "Remind me how the last reset
// went?". A plain question ("Does the ceasefire cover Idlib?") matches none of them.
import type { GeneralCue } from './general-cues.ts';

const RUSSIA = String.raw`(?:russia|putin|moscow|the kremlin|kremlin|the russians)`;
const TALKS = String.raw`(?:talk\w*|speak\w*|speaking terms|meet\w*|negotiat\w*|peace|diplomacy|dialogue|ceasefire|cease-fire|phone call|conversation)`;

export const RHETORIC_CUES: readonly GeneralCue[] = [
  {
    // Outrage at talking acted out in order to mock it.
    cue: 'mock outrage at talking',
    gate: /forbid|how |oh no|anything but|why is|crime|more than|more upset|more worried|more outraged|more angry|more scared|more afraid/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`\b(?:heaven|god) forbid\b.{0,40}\b${TALKS}|\bhow (?:terrible|awful|dreadful|scandalous|shocking|outrageous)\b.{0,60}\b${TALKS}|(?:^|[.!?] )oh no,? (?:not )?(?:peace|diplomacy|talks|dialogue)\b|\banything but peace\b|\bmore (?:upset|worried|outraged|angry|scared|afraid) about (?:a |the )?(?:handshake|phone call|meeting|summit|talks?|dialogue)\b.{0,10}\bthan\b|\b(?:scares|terrifies|worries|frightens) me (?:\w+ )?more than (?:a |the )?(?:summit|meeting|handshake|phone call|talks)\b|\bwhy is (?:talking|speaking|meeting|peace|diplomacy)\b.{0,60}\b(?:a crime|treason|a scandal|controversial|suspicious)\b`,
      'u',
    ),
  },
  {
    // The question answers itself in favour of talking.
    cue: 'asks what the harm is',
    gate: /downside|harm|danger|hurt|rather|prefer|working out|wanted|diplomacy|president/,
    weight: 1,
    pattern: new RegExp(
      String.raw`\bwhat(?: exactly| really)?(?:'s| is)(?: exactly| really)? the (?:downside|harm|danger) (?:of|in)\b|\bwho (?:exactly |really )?is (?:harmed|hurt) by\b|\bwould (?:the critics|they|you|the hawks|critics) (?:rather|prefer) (?:a |another )?war\b|\b(?:never|not|refus\w*|stop) (?:talk|speak)\w*\b.{0,60}\bhow'?s that (?:working|worked) out\b|\bisn't this what we(?:'ve| have)? (?:always )?wanted\b|\bdiplomats (?:do|doing) diplomacy\b|\b(?:a |the )?presidents? (?:talks?|talking|meets?|meeting|speaks?) (?:to|with) (?:another|other|a foreign) (?:presidents?|leaders?)\b`,
      'u',
    ),
  },
  {
    // Trust in Putin's word voiced so as to be disbelieved.
    cue: 'mock trust in his word',
    gate: /sure|changed|seriously|really|honestly|actually|believe|expect|invisible|remind|how did|how many|remember|why should/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\bi'?m sure\b.{0,40}\b(?:keep|honou?r|stick to) (?:his|its|their) (?:word|promises?)\b|\b(?:keep|honou?r) (?:his|its|their) (?:word|promises?) this time\b|\bi'?m sure (?:the kremlin|putin|russia|moscow|he|they) (?:has|have) changed\b|\bchanged (?:its|his|their) ways\b|\bjust like the last (?:\w+ )?(?:one|ones|two|three|four|five|ten|time)\b|\b(?:does|do) (?:anyone|anybody|you) (?:seriously |really |honestly |actually )?(?:believe|think|expect|trust) (?:that )?(?:he|they|${RUSSIA}) (?:will|would|is going to) (?:honou?r|keep|stick|respect|comply|abide)\b|\b(?:invisible|disappearing) ink\b|\bremind me how\b|\bhow did (?:that|the last one|the last (?:\w+ )?(?:reset|deal|ceasefire|summit|truce)) (?:go|work out|end)\b|\bremember how the last\b|\bhow many (?:\w+ )?(?:ceasefires|promises|treaties|agreements|deals|times)\b.{0,40}\b(?:broken|broke|violated|break)\b|\bwhy should (?:ukraine|ukrainians|the ukrainians|kyiv|europe|poland|our allies) (?:pay|suffer|give up|lose|bleed)\b`,
      'u',
    ),
  },
  {
    // The talks suspected of a hidden bargain: the question implies something was given away.
    // Secrecy itself (no note-takers, secret protocols) is doubt-cues.ts' 'something to hide'.
    cue: 'suspects a side deal',
    gate: /wonder|else|price|in it for|side|what did (?:trump|he)/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\bi wonder what (?:else )?(?:they|he|trump|putin|the two|both) (?:\w+ )?(?:agreed|promised|discussed|gave|traded|offered|talked about|got)\b|\bwhat else (?:did |have |has )?(?:they|he|trump|the two) (?:\w+ )?(?:agree|promise|give|gave|trade|offer)\w*|\bwhat (?:is|was|'s|will be) (?:the|our) (?:us |u\.s\. |american |real |hidden )?price (?:for|of) (?:this|the|that|these|our|us|america|trump|participat)|\bwhat did (?:trump|he) (?:\w+ )?(?:promise|give|offer|trade|sell|concede|hand)\w*\b|\bwhat'?s in it for (?:putin|russia|moscow|him|the kremlin|trump)\b|(?<!\bsecret )\bside (?:deals?|agreements?|understandings?)\b`,
      'u',
    ),
  },
  {
    // Another commenter's defence of the talks dismissed as the Kremlin's voice. "Anyone who wants
    // peace gets called a Kremlin troll" recites the smear to refute it: the lookbehind leaves it.
    cue: 'calls it Kremlin talking points',
    gate: /troll|talking points|apologist|payroll/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`(?<!\b(?:called|call|calling|calls|labell?ed|branded|smeared as|not|isn't|aren't|no) (?:an? )?)\b(?:russian|kremlin|putin) (?:trolls?|talking points|apologists?)\b|\btrolling for (?:russia|putin|the kremlin|moscow)\b|\bon (?:the kremlin'?s|putin'?s|moscow'?s) payroll\b`,
      'u',
    ),
  },
];
