// How people back a thaw in plain words, with no praise word a lexicon knows: asking for more of
// it ("more trade, please", "good, now do X", "I'd take a truce tomorrow"), wanting the two sides
// at a table rather than a border, calling the refusal to talk the folly, pointing to a past thaw
// that worked or asking for patience before it is written off, saying the alternative is war,
// holding a grievance and the deal at once, mocking the critics as nostalgic for the Cold War, and
// hoping the two countries can at least be civil. Also the forms non-native writers use ("let them
// sit at table"). Each rule is a way of speaking with its usual variants, not a sentence from a
// labelled set; weights are in score units like the other tables.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:russia|moscow|putin|the kremlin|the russians)`;
const THAW = String.raw`(?:thaw|deal|truce|cease-?fire|d[ée]tente|reset|treaty|agreement|summit|talks|contact)`;
/** The two sides, as the object of a wish that they meet. */
const THEM = String.raw`(?:them|both(?: of them| sides)?|the two(?: (?:leaders|presidents|men|sides|countries))?|the leaders|the presidents)`;
const TALK = String.raw`(?:speak|talk|deal|negotiate|engage)`;

export const THAW_CUES: readonly GeneralCue[] = [
  {
    // A wish for more of the same, or a thanks that is promised: approval without a praise word.
    cue: 'wants more of it',
    gate: /please|next|now do|take a|take any|thank|cheer|any |should/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\bmore (?:\w+ )?(?:cooperation|trade|talks|talking|dialogue|contact|exchanges|diplomacy),? please\b|^(?:good|great|excellent|fine|finally)[.!]+ (?:now|next),? (?:do|try|tackle)\b|\bi(?:'d| would|'ll| will) (?:take|welcome) (?:a|the|any) ${THAW}\b|\bi (?:will|'ll|can) (?:say thank you|say thanks|cheer)\b|\bany ${THAW} at all\b|(?<!\b(?:nobody|one|never|not) )\bshould (?:be )?(?:working|cooperating|talking|engaging) (?:together )?with ${KREMLIN}\b`,
      'u',
    ),
  },
  {
    // Not when the wish is echoed as a question ("Get them to the table? …"): that is doubt.
    cue: 'get them to the table',
    gate: /table|shake hands/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:get|let|bring|put|keep) ${THEM} (?:(?:sit|sitting|talking|arguing) )?(?:to|at|around|back to|across) (?:the |a )?table\b(?!\?)|\b(?:let|get) (?:them|both) sit (?:at|around) (?:the |a )?table\b|\bbetter (?:they|we|the two(?: \w+)?|both sides) (?:\w+ ){1,3}(?:at|across|around) (?:a|the) (?:\w+ )?table\b|\bshake hands,? (?:and )?sign\b`,
      'u',
    ),
  },
  {
    // Strong enough to outweigh the distrust it grants first ("you don't trust them, so talk").
    cue: 'refusing to talk is the folly',
    gate: /refus|won't|will not|don't|do not|you want|every day/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`\b(?:a country|a government|a neighbou?r|an adversary|a rival|people|someone|a power) you (?:refuse to|won't|will not|don't|do not) ${TALK} (?:to|with)\b|\brefusing to (?:even )?(?:sit down|talk|meet|speak|negotiate)\b[^.!?]{0,30}\b(?:isn'?t|is not|not) (?:\w+ )?(?:toughness|strength|strategy|policy|principle)\b|\byou want (?:open |working )?(?:channels|lines|hotlines|contact)\b(?![^.!?]*\?)|\bevery day (?:of no|without) (?:talk|talking|talks|contact|dialogue)\b`,
      'u',
    ),
  },
  {
    // A past thaw that bore fruit, or patience asked for before the verdict.
    cue: 'thaws have worked before',
    gate: /obituary|give it|give this|gave us|produced|brought|led to|can work/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\bbefore (?:writing|you write|we write|anyone writes) (?:the|its|an|their) obituary\b|\bgive (?:this|it|them)(?: one)? (?:a (?:couple|few) (?:of )?|some )(?:years|months)\b|\b(?:d[ée]tente|the thaw|the reset|talks|summits?|engagement|diplomacy) (?:\w+ ){0,3}(?:gave us|produced|brought|led to)\b[^.!?]{0,40}\b(?:treat(?:y|ies)|agreements|arms control)\b|\b(?:proof|proves|shows) (?:that )?(?:it|this|cooperation|they|we) can work\b`,
      'u',
    ),
  },
  {
    // Distrust granted and turned into the case for checks rather than for silence: strong enough
    // to outweigh the distrust it grants. The slogan "trust but verify" alone is quoted as often
    // against a deal as for it: not read.
    cue: 'verify, not trust',
    gate: /verify/,
    weight: 1.8,
    pattern: /\b(?:don'?t|do not|never) trust (?:\w+ ){0,2}\w+[.,;!]+ (?:just )?verify\b/u,
  },
  {
    cue: 'the alternative is war',
    gate: /alternative|war/,
    weight: 1,
    pattern:
      /\bthe alternative (?:to (?:a |the |this )?(?:deal|talks|talking|diplomacy|a truce)\b[^.!?]{0,30})?(?:is(?! not)|(?:isn't|is not)(?! (?:a |an )?(?:\w+ )?(?:war|escalation)\b))\b[^!?]{0,60}\b(?:war|funerals|body bags|coffins|more dead|escalation)\b|\bnot (?:ending up|getting|stumbling|sliding) (?:in|into) a (?:\w+ )?war\b[^.!?]{0,40}\bis what we get\b/u,
  },
  {
    // Strong enough to outweigh the grievance it grants ("meddling should be punished").
    cue: 'both at once',
    gate: /and still|two thoughts|hate|dislike|loathe|despise|can't stand/,
    weight: 1.2,
    pattern: new RegExp(
      String.raw`\byou can (?:\w+ ){1,4}and still (?:sign|talk|negotiate|deal|make|work|meet|cooperate|trade)\b|\bhold two (?:thoughts|ideas) at once\b|\b(?:hate|dislike|loathe|despise|can't stand) (?:the man|the guy|him|them|the president|trump|putin)[,;] (?:love|like|back|support) (?:the |this |a )?${THAW}\b`,
      'u',
    ),
  },
  {
    // The deal chosen in the first person, often as the price worth paying or against its critics:
    // "a swap I'd make any day", "if the truce holds I'll take it", "I'll stick with the summit",
    // "more visits like this", "Sign the treaty." A conditional "I'll take it" needs the condition.
    cue: 'picks the deal',
    gate: /like this|like that|d take|d make|d pay|ould take|ould make|ould pay|ly take|ly make|ly pay|take it|take them|take that|side with|stick with|go with|stand with|sign the|is smart|is wise|be smart|be wise|sensible|overdue/,
    weight: 0.9,
    pattern: new RegExp(
      String.raw`\bmore (?:deals|talks|summits|agreements|exchanges|swaps|visits|calls|meetings) like (?:this|that)\b|\b(?:trade|deal|bargain|swap|exchange|trade-off|price) i(?:'d| would)(?: gladly| happily)? (?:take|make|pay)\b|\bif (?:[\w']+,? ){1,6}i(?:'ll| will|'d| would)(?: gladly| happily)? take (?:it|them|that)\b|\bi(?:'ll| will)(?: \w+)? (?:side|stick|go|stand) with the (?:\w+ )?(?:phone call|call|summit|talks|deal|diplomats|ceasefire|cease-fire|truce|treaty|handshake|meeting|diplomacy)\b|(?:^|[.!?] )sign the (?:deal|treaty|agreement|accord)[.!]|\b(?:reviving|restoring|resuming|renewing|reopening) (?:them|it|the talks|the treaties|arms control|the dialogue|dialogue|the channels) (?:is|would be) (?:smart|wise|sensible|overdue|long overdue)\b`,
      'u',
    ),
  },
  {
    // The approval of someone who lived through the old enmity invoked: "Dad would have loved to see this".
    cue: 'they would have liked to see it',
    gate: /have liked|have loved|been glad|been happy|been proud/,
    weight: 0.8,
    pattern:
      /\b(?:would|'d) have (?:liked|loved|been glad|been happy|been proud) (?:to see|seeing) (?:this|it|that|the day)\b/u,
  },
  {
    cue: 'hopes it works',
    gate: /praying|hoping|pray |hope /,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b(?:praying|hoping|pray|hope) (?:that )?(?:these|this|the) (?:\w+ )?${THAW} (?:work|works|hold|holds|succeed|succeeds|stick|sticks|last|lasts)\b`,
      'u',
    ),
  },
  {
    cue: 'the critics want the Cold War back',
    gate: /cold war|era back|days back|count me out|arms race/,
    weight: 1,
    pattern:
      /\b(?:rooting|cheering|pining|nostalgic|itching|longing) for (?:a |another |the )?(?:new )?(?:cold war|arms race)\b|\b(?:bring|want) (?:back )?(?:the cold war|that era|those days)(?: back)?\b[^.!?]{0,40}\bcount me out\b/u,
  },
  {
    cue: 'can at least be civil',
    gate: /civil|be friends|be partners|direction is right|normal countries/,
    weight: 0.8,
    pattern:
      /\b(?:we|they) (?:can|could) (?:at least |still )?be (?:civil|friends|partners|good neighbou?rs)\b|\bthe direction is right\b|\bnormal (?:countries|nations|states) do (?:this|that)\b/u,
  },
  {
    // Welcoming contact resumed: "nice to see them talking again", "good to hear the phones ringing".
    cue: 'glad they are talking again',
    gate: /again/,
    weight: 0.9,
    pattern:
      /\b(?:good|glad|nice|great|relieved|happy) to (?:see|hear) (?:\w+ ){0,3}(?:talking|ringing|speaking|meeting|at the table) again\b/u,
  },
];
