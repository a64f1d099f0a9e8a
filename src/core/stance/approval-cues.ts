// Plain approval that the older tables miss because it is phrased as good sense, relief, a request
// or a concession rather than a verdict word: "cooperating on X is common sense", "glad to see
// this", "yes to the talks", "get them talking again", "you can think he is a thug and still want
// this", the critics' claim recited to be refuted. Each rule names a kind of expression with its
// usual variants, never a sentence from a labelled set.
import type { GeneralCue } from './general-cues.ts';

/** The engagement as the subject of a judgement. */
const MOVE = String.raw`(?:cooperat\w*|coordinat\w*|talk\w*|working with|work with|engag\w*|diplomacy|dialogue|negotiat\w*|deal\w*|peace|easing|lifting|trade|trading|summit\w*|meeting|a ceasefire|ceasefire|cease-fire|truce|settlement|d[ée]tente|a thaw|an end to (?:this|the) war)`;
/** What the critics say of talking, recited in order to refute it. */
const CRITICS_CLAIM = String.raw`(?:never (?:talk|negotiate|deal)|(?:talking|talks|diplomacy|dialogue|engagement|negotiations?|meeting|summits?) (?:\w+ ){0,2}(?:nothing|pointless|useless|never works?|a waste|naive|weakness))`;

export const APPROVAL_CUES: readonly GeneralCue[] = [
  {
    cue: 'calls it good sense',
    gate: /sense|smart|sound|prudent|pragmatic|good/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b${MOVE}\b[^.!?]{0,60}?(?<!n't |not |never )\b(?:makes? (?:good |perfect |total |a lot of |complete )?sense|(?:is|'s|are|would be) (?:just |simply |plain |only |still )?(?:common sense|good sense|smart|sound|prudent|pragmatic|good)(?: policy| diplomacy| move| politics)?(?:[.!,;]|$| full stop))`,
      'u',
    ),
  },
  {
    cue: 'glad to see it',
    gate: /glad|happy|pleased|relieved|proud/,
    weight: 0.8,
    pattern:
      /\b(?:glad|happy|pleased|relieved|proud)\b(?<!\bnot \w+|n't \w+),? (?:to see (?:this|it|that|them|both|the (?:two|talks|summit|meeting|deal|thaw|delegations|leaders|presidents|sides))\b|(?:that )?(?:it's|it is|this is) (?:on the|happening|finally)|(?:that )?(?:our|my) (?:city|town|country) is hosting|(?:that )?(?:my|our) (?:\w+ )?(?:kids|grandkids|children|grandchildren|sons|daughters|grandsons|granddaughters) (?:might|may|won't|will not|will never|wouldn't) )/u,
  },
  {
    cue: 'asks for more talking',
    gate: /talk|table|yes to|expand|build on|extend|deepen|scale up|worth something/,
    weight: 0.8,
    pattern:
      /\btalk,? (?:talk|and talk)\b|\btalk some more\b|\bkeep on talking\b|\bget (?:them|the two \w+(?: \w+)?|both sides|both(?: \w+)?|washington and moscow|the us and russia|the two sides) (?:back )?(?:talking|to the table)\b|\b(?:say )?yes to (?:the )?(?:talks|talking|peace|diplomacy|dialogue|deal|summit|negotiations|a deal|d[ée]tente)\b|(?:^|[.!?] )(?:so )?(?:expand|build on|extend|deepen|scale up) (?:it|this|that|the (?:cooperation|talks|deal|programme|program|exchanges))[.!]|\b(?:that's|that is|it's|this is) worth something\b/u,
  },
  {
    cue: 'what is needed now',
    gate: /need|should have|at some point|sooner or later|on this/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b${MOVE}\b[^.!?]{0,40}\b(?:is|are) (?:\w+ )?what\b[^.!?]{0,20}\bneeds?\b|\b${MOVE}\b[^.!?]{0,40}\bshould have (?:started|begun|happened|come) (?:\w+ ){0,3}(?:ago|sooner|earlier)\b|\b(?:at some point|sooner or later),? (?:\w+ ){1,2}(?:have|has|need|needs) to (?:negotiate|talk|sit down|make (?:a deal|peace))\b|\bon this (?:one|issue)?,? i'?m with (?:him|trump|the president|them)\b`,
      'u',
    ),
  },
  {
    // Two opinions held at once: against the man (or the regime), for the move.
    cue: 'against the man, for the move',
    gate: /still|but|you can|contradict|exclusive/,
    weight: 1.2,
    pattern:
      /\byou can (?:think|believe|say|hate|dislike|loathe|despise|distrust|detest|oppose|know)\b.{0,60}\band (?:still )?(?:want|support|back|welcome|favou?r|think)\b|\bi (?:\w+ )?(?:loathe|hate|despise|detest|dislike|distrust|can't stand|cannot stand|don't like|do not like|don't trust) (?:the man|him|trump|putin|the guy|both (?:of them|men)|either (?:man|of them))\b[^.!?]{0,20}\bbut\b|\b(?:aren't|are not|isn't|is not) (?:mutually exclusive|contradictory|a contradiction)\b/u,
  },
  {
    // The critics named as a crowd that would complain whatever happened: their word is mocked.
    cue: 'the critics dismissed',
    gate: /crowd|brigade|mob|chorus|caucus|lobby|if he|if trump|if the president|who say|who said|who claim|who think|who insist|at the time|hate|oppose|furious|mad |upset|angry|outraged/,
    weight: 1.8,
    pattern: new RegExp(
      String.raw`\bthe (?:puppet|collusion|traitor|treason|russiagate|appeasement|kompromat|resistance|never-?trump|war|hawk|hawkish)(?:[- ]\w+)? (?:crowd|brigade|mob|chorus|caucus|lobby)\b|\b(?:complain|whine|moan|object|gripe|find fault|scream|be outraged)\w* (?:\w+ ){0,2}if (?:he|trump|the president) (?:cured|walked on water|brought|ended|solved|saved)\b|\bwho (?:say|said|says|claim|claimed|insist|think) (?:that )?['"“]?${CRITICS_CLAIM}|\b(?:called|dismissed as|derided as|mocked as|branded|labell?ed) (?:\w+ )?(?:naive|naïve|appeasement|weakness|treason|surrender) at the time\b|\bhard-?liners (?:on both sides|in both \w+)\b.{0,40}\b(?:hate|oppose|furious|angry|upset)\b|\b(?:people|they|critics|democrats|everyone|folks) (?:are|get|got|were) (?:\w+ )?(?:mad|upset|angry|furious|outraged)\b.{0,20}\b(?:he's|he is|they're|they are|we're|trump is|trump's|the president is) (?:talking|meeting|speaking|negotiating)\b`,
      'u',
    ),
  },
  {
    // Not talking praised so as to be laughed at: "much better to have zero contact…".
    cue: 'mocks isolation',
    gate: /zero|no |isolat|not talking|refusing|silence/,
    weight: 1.2,
    pattern:
      /\b(?:better|smarter|wiser|safer) to (?:have|keep) (?:zero|no) (?:contact|dialogue|talks|relations|communication)\b|\b(?:isolat\w*|not talking|refusing to talk|zero contact|no contact|silence)\b.{0,60}\b(?:brilliant|genius|great|excellent|smart) (?:strategy|plan|idea|move|policy)\b|\b(?:brilliant|genius|great|excellent|smart) (?:strategy|plan|idea|move|policy)\b.{0,40}\b(?:zero|no) (?:contact|dialogue|talks)\b/u,
  },
  {
    // Talks that delivered something: arms control, prisoners home, cooperation shown possible.
    cue: 'talks delivered',
    gate: /came out of|only|possible|afford|modus|breathe|why not|call|share/,
    weight: 0.8,
    pattern:
      /\bcame out of (?:\w+ ){0,3}(?:back ?channels?|talks|negotiations|meetings|summits|diplomacy)\b|\bonly (?:happens?|comes?|works?) when (?:\w+ ){0,4}(?:talk|negotiate|meet|sit down)\b|\b(?:cooperation|peace|a deal|d[ée]tente|agreement|coexistence) (?:is|was) (?:still )?possible\b|\b(?:can't|cannot|can not) afford (?:a |another |an? \w+ )?(?:cold war|war|arms race|escalation)\b|\bmodus vivendi\b|\bbreathe (?:a (?:little|bit) )?easier\b|\bwhy not (?:\w+ ){0,2}(?:cooperat\w*|talk\w*|share|work together|try|trade|meet|negotiat\w*)\b[^.!?]*\?|\b(?:that's|that is|this is|it's|it is|is) (?:called|what we call) (?:diplomacy|negotiating|negotiation|statesmanship|compromise)\b|\bshare (?:a |an |the )?(?:common )?(?:enem(?:y|ies)|interests?|goals?|threats?)\b/u,
  },
  {
    // Credit given grudgingly, by someone who dislikes the leader: approval of the move all the same.
    cue: 'grudging credit',
    gate: /clock|right|admit|credit|due|fan of|stand|despise|loathe|vote/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\beven a broken clock\b|\bbroken clocks?\b.{0,30}\bright\b|\b(?:one|only|first) (?:thing|time) (?:trump|he|the president|the administration|this administration|washington|biden|they) (?:\w+ )?(?:gets|got|has got|has gotten|is getting|did) right\b|\bhate to (?:admit|say) (?:it|this|that)\b.{0,60}\b(?:right|good|smart|sensible|deserves|credit)\b|\bfor once,? (?:trump|he|the president|the administration|washington) (?:is |was |has |did |got )?(?:right|got it right|(?:did|done|doing) (?:the|something) right)\b|\bgive (?:him|trump|the president|the devil) (?:his |their )?(?:due|credit)\b|\b(?:not a fan of|no fan of|can't stand|despise|loathe) (?:trump|him|the president)\b.{0,30}\bbut\b.{0,60}\b(?:right|good|smart|sensible|applaud|support|credit)\b|\bi (?:didn't|did not|never|won't|will never|would never) vote(?:d)? for (?:him|trump)\b.{0,30}\bbut\b.{0,60}\b(?:right|good|smart|sensible|applaud|support|credit)\b`,
      'u',
    ),
  },
];
