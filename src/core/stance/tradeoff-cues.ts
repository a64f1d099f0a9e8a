// Positions argued as a trade-off rather than a verdict: the standoff's bill set against a phone
// call, the outcome accepted on a condition ("if it keeps my kids safe, fine by me"), talking as
// the rational move or as what builds trust, the danger placed in not talking, the war hawks of
// yesterday now alarmed at a conversation; and against: somebody else pays for whatever they agree,
// a swap teaches them to take more, engagement while their guns keep firing. Each rule is a way of
// arguing with its usual variants, not a sentence from a labelled set.
import type { GeneralCue } from './general-cues.ts';

const ENGAGING = String.raw`(?:talks?|talking|diplomacy|dialogue|engagement|cooperation|cooperating|negotiating|negotiations?|a phone call|phone calls|a call|a summit|a meeting|a handshake|shaking hands|a deal|d[ée]tente|peace)`;
const HOSTILITY = String.raw`(?:standoff|stand-off|cold war|arms race|confrontation|hostility|rivalry|sanctions regime|military build-?up)`;

export const TRADEOFF_CUES: readonly GeneralCue[] = [
  {
    // "Every year of the standoff costs us billions", "we spent trillions on the last cold war".
    cue: 'the standoff’s bill',
    gate: /billion|trillion|fortune/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b${HOSTILITY}\b[^.!?]{0,40}\bcosts? (?:us |the taxpayers? )?(?:\w+ )?(?:billions|trillions|a fortune)\b|\b(?:spent|spend|spending|wasted|waste|blew|sank) (?:\w+ )?(?:billions|trillions|a fortune) on (?:the |a |another )?(?:last |first |new )?${HOSTILITY}\b`,
      'u',
    ),
  },
  {
    cue: 'talking is cheaper',
    gate: /cheaper|beats|instead of/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b${ENGAGING} (?:is|are|'s|would be|comes?) (?:a lot |much |far |way )?cheaper\b|\b${ENGAGING}\b[^.!?]{0,30}\bbeats (?:a |an )?(?:new |another )?(?:arms race|war|cold war)\b|\b${ENGAGING} (?:with (?:\w+ ){1,2})?instead of (?:shooting|fighting|bombing|killing|threatening|sanctioning)\b`,
      'u',
    ),
  },
  {
    // Acceptance on a condition: "if it brings one prisoner home, it's worth it", "if they can
    // extend the treaty, I don't care how it looks". Only after an "if" the writer sets; a
    // conditional "I'll take it" is thaw-cues.ts' "picks the deal".
    cue: 'worth it if it works',
    gate: /by me|with me|for me|worth|care/,
    weight: 0.9,
    pattern:
      /(?:^|[.!?,;] )if\b[^.!?]{3,120}?(?:\bfine (?:by|with) me\b|\bok(?:ay)? (?:by|with) me\b|\bgood enough for me\b|\b(?:it'?s|they'?re|that'?s|it is|they are|it was|it would be|it'd be) worth (?:it|more than|every)\b|\bi (?:don'?t|do not) care (?:if|how|who|what|whether)\b)/u,
  },
  {
    cue: 'talking is the sane move',
    gate: /right|rational|sensible|logical|smart|grown-up|adult/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:(?:negotiated|diplomatic|gradual) (?:\w+ )?(?:wind-?down|settlement|solution|exit|end|deal)|${ENGAGING})(?: (?:from|of|on|over|with)(?: [\w-]+){1,3}?)? (?:is|was|seems|would be|remains) (?:still )?(?:the )?(?:rational|sensible|logical|smart|right|grown-up|adult)(?: (?:move|call|choice|course|option|thing(?: to do)?))?(?: (?:then|now|today))?\b|\bthat'?s what (?:grown-?ups|adults) do\b`,
      'u',
    ),
  },
  {
    cue: 'working together builds trust',
    gate: /trust|confidence/,
    weight: 0.9,
    pattern:
      /\b(?:shared|joint|common) (?:projects?|work|missions?|ventures?|efforts?)\b[^.!?]{0,20}\b(?:builds?|breeds?|creates?|earns?) (?:trust|confidence)\b|\b(?:cooperation|contact|trade|talking|exchanges|working together) (?:builds?|breeds?|creates?) (?:trust|confidence)\b/u,
  },
  {
    cue: 'the danger is not talking',
    gate: /talking|speaking/,
    weight: 0.9,
    pattern:
      /\b(?:danger\w*|risk\w*|scar(?:y|iest)|worst)\b[^.!?]{0,60}\b(?:stop|stops|stopped|quit|aren'?t|are not|weren'?t|not) (?:talking|speaking)\b/u,
  },
  {
    // Yesterday's war hawks now alarmed at a conversation: the critics answered, not the deal.
    cue: 'the war hawks are the critics',
    gate: /wanted|cheered|begged|pushed|sold/,
    weight: 1.3,
    pattern:
      /\bthe (?:very )?same (?:\w+ ){0,2}(?:who|that) (?:\w+ ){0,2}(?:wanted|cheered|begged|pushed|sold) (?:\w+ ){0,3}(?:to bomb|to invade|bomb|war|wars|iraq|invasion)\b/u,
  },
  {
    // The enemy as the very reason to talk: "that's exactly who you negotiate with".
    cue: 'enemies are who you negotiate with',
    gate: /with/,
    weight: 0.9,
    pattern:
      /\b(?:that'?s|those are|they are|they'?re|this is) (?:exactly |precisely |just )?(?:who|whom|the (?:people|ones|kind)) you (?:negotiate|talk|make peace|sit down|make deals) with\b|\byou (?:negotiate|make peace|make deals) with (?:your )?enemies\b/u,
  },
  {
    // Irony aimed at the hostility itself ("because decades of not talking went so well"): the
    // sarcasm reading (−0.9, classify-stance.ts) takes it for mockery of the deal, so this outweighs it.
    cue: 'mocks the hostile course',
    gate: /well|great|brilliant/,
    weight: 1.8,
    pattern:
      /\bbecause (?:(?:the last |the past )?(?:\w+ )?(?:years|decades) of )?(?:not (?:trusting|talking to|speaking to) each other|not talking|hostility|isolation|isolating (?:them|russia)|the cold war|confrontation|the standoff|shunning (?:them|russia)|sanctions(?! relief))\b[^.!?]{0,30}\b(?:worked|went|turned out) (?:out )?(?:so|really|very) (?:well|great|brilliantly)\b/u,
  },
  // — oppose —
  {
    cue: 'only the Kremlin gains',
    gate: /only/,
    weight: -0.9,
    pattern:
      /\bthe only (?:winners?|(?:one|ones|party|side|country|people|person) (?:that |who )?(?:gains?|benefits?|wins?|profits?)) (?:from (?:[\w']+ ){1,3})?(?:is|are|here is|in this is) (?:putin|moscow|russia|the kremlin|a kleptocracy|the oligarchs|oligarchs|his oligarchs)\b/u,
  },
  {
    cue: 'somebody else pays',
    gate: /else/,
    weight: -0.9,
    pattern:
      /\b(?:somebody|someone|some other country|other (?:people|countries|nations)) else (?:is |will be |always |ends up |end up )?(?:paying|pays|pay|paid|foots?) (?:for it|for that|the price|the bill|the cost)\b|\b(?:somebody|someone) else (?:is |will be )?(?:paying|pays) for (?:it|that|them)\b/u,
  },
  {
    cue: 'teaches them to take more',
    gate: /teach|encourage/,
    weight: -0.9,
    pattern:
      /\b(?:teach|teaches|taught|encourage|encourages) (?:them|moscow|putin|russia|the kremlin|dictators|tyrants|every regime) to (?:grab|take|seize|kidnap|arrest|jail|invade|demand) (?:more|again|another)\b/u,
  },
  {
    cue: 'talks while the guns fire',
    gate: /while/,
    weight: -0.9,
    pattern:
      /\b(?:talking|talks|negotiating|negotiations|deals?|shaking hands|smiling|summits?|normal business) (?:\w+ )?while (?:they|russia|putin|moscow|the kremlin|his (?:troops|army|army's|generals)) (?:still |keep |keeps |are |is )?(?:shell|bomb|invad|kill|occupy|murder|jail|poison|strik)\w*/u,
  },
];
