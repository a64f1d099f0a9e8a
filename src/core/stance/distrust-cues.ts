// Ways of speaking against the rapprochement that the older tables miss: Putin's word doubted
// ("never keeps a promise", "why would this one be different"), a deal made over the heads of
// those it concerns, leverage given away for nothing, conquest accepted, the president deferring,
// the talks as mere show. Each rule names a kind of expression with its usual variants, never a
// sentence from a labelled set.
import type { GeneralCue } from './general-cues.ts';

const RUSSIA = String.raw`(?:russia|russians|putin|moscow|the kremlin|kremlin|the russians)`;
const PLEDGE = String.raw`(?:promise|word|agreement|deal|treaty|ceasefire|cease-fire|truce|commitment|memorandum)s?`;
/** Those a deal between the two powers is made about. */
const CONCERNED = String.raw`(?:us|them|ukraine|kyiv|kiev|the ukrainians|europe|the europeans|our allies|the allies|allies|poland|the baltics|nato)`;

/** What a "funny how" about the coverage is about: the page, not the talks. */
const MEDIA = String.raw`(?:photos?|pictures?|captions?|channels?|coverage|headlines?|footage|images?|broadcasts?)\b`;

export const DISTRUST_CUES: readonly GeneralCue[] = [
  {
    cue: 'never keeps its word',
    gate: /kept|keep|honou?r|break|broke|violat|tear|tore|burn|fool|again|different|faith|as long as|until|trust|verify|scorpion|nature|new to|believe|worth|lying|stop now|kgb|want peace|want a deal|want a ceasefire|want compromise|suits|buy it|buy this|buy that|buy any|buying|one thing|as he|as they|as it|what he|what they|what it|ever he|ever they|ever it|salesm|deal with|deals with|nothing|expire|meaningless|empty|hollow|lie|anything|good luck/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:never|not once|hasn't|has not|haven't|have not|doesn't|don't|didn't) (?:\w+ ){0,2}(?:kept|keeps?|honou?r(?:ed|s)?) (?:a |any |his |their |its |one |the )?(?:single )?${PLEDGE}\b|\bneither (?:of them |man )?(?:has |have )?(?:ever )?kept\b|\b(?:he|they|${RUSSIA})(?:'ll| will| would)? (?:just |simply )?(?:break|breaks|broke|violate|violates|violated|tear up|tore up) (?:it|them|(?:the|this|that|any|every|a) (?:\w+ )?${PLEDGE})\b|\bbreak(?:s|ing)? (?:a |another |the |every )?(?:ceasefire|cease-fire|truce|promise)\b|\bburned us\b|\bfool(?:ed)? (?:us|me) (?:once|twice|again)\b|\b(?:believe|trust) (?:them|him|${RUSSIA}) again\b|\bwhy would (?:this|a new|the new|it|this one|the next|that) (?:\w+ ){0,3}be (?:any )?different\b|\bmore faith in (?:him|them|${RUSSIA}) than\b|\blasts? (?:exactly |only )?(?:as long as|until) (?:he|they|${RUSSIA}) (?:needs?|wants?|decides?)\b|(?:^|[.!?] )trust (?:him|${RUSSIA})\?|\btrust but verify (?:became|turned into|has become)\b|\bskipped (?:straight )?to (?:the )?trust\b|\bnever got (?:around )?to the verify\b|\bscorpions?\b|\bin (?:his|their|its) nature\b|\bnew to ${RUSSIA}\b|\btear (?:it|them|the \w+) up\b|\b(?:the moment|whenever|when) it suits (?:him|them)\b|\bi'?ll believe it when\b|\b(?:signature|word|promise|pledge)s? (?:isn't|is not|aren't|are not) worth\b|\bnot worth the ink\b|\bnothing (?:he|they|${RUSSIA}) signs?\b|\bbeen lying\b|\bwhy (?:would (?:he|they) )?stop now\b|\b(?:once|always) kgb\b|\btrust (?:a|an|the) (?:former |ex-)?kgb\b|\b(?:he|${RUSSIA}) (?:doesn't|does not|don't|do not) want (?:peace|a deal|a ceasefire|compromise)\b|\bi (?:don't|do not) buy (?:it|this|that|any of it)\b|\bnot buying (?:it|this|that)\b|\btrust (?:a |an )?(?:\w+ ){0,3}(?:before|over|sooner than|more than) (?:i'd |i would )?(?:trust )?(?:him|them|${RUSSIA})\b|\bused car salesm[ae]n\b|\bevery word\b.{0,40}\b(?:is|was) a lie\b|\b(?:word|promises?|signature|pledges?)s? (?:is|are) worth (?:exactly |absolutely )?(?:nothing|zero)\b|\b(?:deals?|agreements?|treat(?:y|ies)|pacts?)\b[^.!?]{0,30}\b(?:is|are|will be|would be) worth (?:exactly |absolutely )?(?:nothing|zero)\b(?! (?:less|more) than)|\bsign anything\b|\bgood luck (?:getting|making|expecting) (?:\w+ ){0,2}(?:to )?(?:keep|honou?r|stick to|respect)\b|\bhonou?r nothing\b|\b(?:promises?|word|pledges?|signature)\b.{0,30}\b(?:expire|expires|worthless|meaningless|empty|hollow)\b|\b(?:can't|cannot|can not|don't|do not|never|shouldn't) (?:make|do|sign|strike) (?:a |any )?deals? with\b|\blying is (?:a |his |their )?(?:strategy|tactic|policy)\b|\bsays? one thing and (?:does?|did) (?:another|the opposite)\b|\b(?:do|does) (?:exactly )?(?:as|what(?:ever)?) (?:he|they|it) (?:pleases?|likes?|wants?)\b`,
      'u',
    ),
  },
  {
    // Named as precedents, the broken Budapest and Minsk agreements are an argument, not a fact.
    cue: 'broken deals recalled',
    gate: /budapest|minsk/,
    weight: -0.6,
    pattern:
      /\b(?:budapest memorandum|minsk (?:i|ii|2|agreements?|accords?))\b.{0,60}\b(?:then|broke|broken|violat\w*|tore|ignored|take|took|go on|minsk)\b/u,
  },
  {
    cue: 'made over their heads',
    gate: /heads|without|pay|price|room|table|invited|consulted|asked|stand|bleed|suffer|not with|away|chip|molotov|ribbentrop/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\bover (?:their|our|its|the|ukraine's|europe's|the ukrainians') heads\b|\bwithout (?:even )?(?:asking|consulting|including|involving) ${CONCERNED}\b|\b(?:about|over) ${CONCERNED} without ${CONCERNED}\b|\b(?:we|they) (?:are|were|will be) the ones (?:who|that) pay\b|\bpay the bill\b|\bbargaining chips?\b|\bmolotov|\bribbentrop\b|\b(?:isn't|is not|aren't|are not|not) (?:\w+'s|ours|his|theirs|yours) to (?:give|trade|bargain|hand) away\b|\bwithout (?:ukraine|kyiv|kiev|the ukrainians|europe|us|them) (?:at the table|in the room)\b|\babout \w+,? not with\b|\b(?:ukraine|ukrainians|syria|syrians|kyiv|georgia) (?:bleeds?|suffers?)\b|\b(?:wasn't|weren't|isn't|aren't|not|(?:nobody|no one|no-one)\b.{0,25}\b(?:was|were|is)) (?:even )?(?:in the room|at the table|invited|consulted|asked)\b|\bstand(?:ing)? (?:with|by) (?:our |its )?(?:allies|ukraine|kyiv)\b|\b(?:will be|is|are) the price (?:of|for) (?:this|the|that)\b`,
      'u',
    ),
  },
  {
    cue: 'gives away leverage',
    gate: /over|away|give|giving|gave|cash|pocket|concession|wish|asked|get|got|more|return|nothing|farm|out of|promise|handshake|photo|words|appetite|inch|demanded|gains|giveaway|give-away|ground|more than we/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\bhand(?:s|ed|ing)? over (?:a |the )?(?:\w+ ){0,4}(?:country|territory|land|ukraine|crimea|donbas|syria|half|fifth|third|quarter)\b|\bthrow(?:s|ing|n)? away (?:the |our |its |all )?(?:only )?(?:leverage|bargaining chips?)\b|\bgiv(?:e|es|ing) up (?:our |the |all )?leverage\b|\bcash(?:es|ing)? in (?:your|our|the) chips\b|\bpocket(?:s|ed|ing)? (?:the |every |our )?(?:concessions?|gains)\b|\bgive-?away\b|\bconcessions (?:made )?without\b|\b(?:unilateral|free) concessions\b|\bwish ?list\b|\bgiv(?:e|es|ing) away (?:\w+ ){0,2}(?:territory|land|ukraine|crimea|donbas)\b|\bwhets? (?:his|their|its|the) appetite\b|\bappetite for more\b|\bgive (?:him|them) an inch\b|(?<!\b(?:ask(?:s|ed|ing)?|is) )\bwhat (?:do |did |does )?(?:we|america|the us|washington) (?:gets?|got|getting) out of\b|\bwe get (?:a promise|promises|a handshake|a photo|words)\b|\b(?:gave|give|gives|giving) away the (?:store|farm|shop)\b|\bsold the farm\b|\bask(?:s|ing)? for more\b|\bcome back for more\b|\bgiv(?:e|es|ing) (?:up )?ground\b|\bneeds? (?:this|the) deal more than (?:we|us|america) (?:do|does)\b|\bconcessions?\b.{0,60}\b(?:demanded again|more demands)\b|\bpocket(?:s)? (?:whatever|everything)\b|\banother (?:concession|giveaway)\b|\b(?:not (?:a single|one)|no|zero) concessions? (?:from|by|in return)\b|\bnothing in return\b|\b(?:ukraine|we|the us|america|europe|kyiv|our allies) gets? nothing\b|\b(?:got|gets|get|getting) (?:exactly |just |precisely )?what (?:it|he|they|moscow|putin) (?:wanted|wants|asked for)\b|\bsomething ${RUSSIA} asked for\b|(?<!\bask(?:s|ed|ing)? )\bwhat (?:did|do|does|will|is|are) (?:we|the us|america|trump|washington) (?:actually |even |really )?(?:get|getting|got)\b`,
      'u',
    ),
  },
  {
    cue: 'accepts conquest',
    gate: /annex|conquest|occupation|grab|negotiable|keep|kept|invad|arsonist|hen|reward|any price|any cost|carpet|seat|pays|crime|blackmail|rearm|regroup|reload|refit|resupply|pause|frozen|legitimi|precedent/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b(?:recogni[sz]\w*|legitimi[sz]\w*|accept\w*) (?:\w+ ){0,3}(?:annexation|conquest|occupation|land grab)\b|\bborders (?:are|become) negotiable\b|\b(?:aggressor|invader|he|they|${RUSSIA}) keeps? (?:everything|all|the territory|the land|what|crimea|donbas|the donbas|its gains|the occupied)\b|\bkept the (?:territory|land)\b|\b(?:invad\w*|annex\w*) (?:\w+ ){0,4}gets? (?:you )?(?:a |an )?(?:summit|seat|deal|reward|relief|invitation)\b|\barsonists?\b|\baggression (?:pays|works|is rewarded)\b|(?<!\bnot |\bisn't |\bno )\ba reward for (?:\w+ ){0,2}(?:blackmail|aggression|invasion|annexation|war crimes?|bullying|threats)\b|\bnuclear blackmail\b|\bgets? (?:a |an )?(?:seat|summit|red carpet|reward|invitation)\b.{0,30}\bafter (?:invading|annexing|attacking|bombing)\b|\bred carpet\b|\bfox(?:es)?\b.{0,40}\bhen ?house\b|\breward(?:s|ed|ing)? (?:a |an |the )?(?:\w+ )?(?:war criminals?|dictators?|murderers?|invaders?|aggressors?|thugs?|behaviou?r)\b(?! we (?:want|like))|\bpeace at any (?:price|cost)\b|\blegitimi[sz]\w* (?:a |an |the )?(?:war criminals?|dictators?|murderers?|thugs?|regime|putin|invasion|annexation|aggression|conquest)\b|\b(?:bad|terrible|dangerous|awful|horrible) precedent\b`,
      'u',
    ),
  },
  {
    cue: 'defers to Putin',
    gate: /deferen|subservien|obsequious|fawn|favou?r|never|blind spot|out of|prais|compliment|gush|side|soft on/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\bdeferen(?:ce|tial)\b|\bsubservien\w*\b|\bobsequious\w*\b|\bfawn(?:s|ing|ed)? over\b|\bnever (?:once )?(?:said|uttered|spoken) a (?:critical|bad|negative|harsh|cross|unkind) word\b|\b(?:do|does|doing|did|done) (?:\w+ )?favou?rs (?:for|to) ${RUSSIA}\b|\b(?:do|does|doing|did) ${RUSSIA} (?:a )?favou?rs?\b|\bblind spot\b|\bsoft on (?:putin|russia|moscow|the kremlin|what putin)\b|\b(?:take|takes|taking|took) (?:putin's|russia's|moscow's|the kremlin's) side\b|\bsid(?:e|es|ed|ing) with ${RUSSIA}\b|\btalk (?:him|them|trump) out of (?:it|this)\b|\b(?:prais\w*|compliment\w*|gush\w* over) ${RUSSIA}\b`,
      'u',
    ),
  },
  {
    cue: 'Putin comes out ahead',
    gate: /win|victory|prize|redraw|do |triumph|coup|gift|chess|checkers|outplay|outfox|outmaneuv|outmanoeuv|outsmart|rings|circles|kgb|wish|dream|use|knows|fools|suckers|agenda|terms|rules|rolled|fleeced|snookered|hustled|ride/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:flies|fly|walks|walk|goes|go|went|comes|came) (?:home |away )?with (?:the|a) (?:win|victory|prize)\b|\b${RUSSIA} wins\b|\bredraw (?:the )?(?:map|borders)\b|\b(?:win|victory|triumph|coup|gift) for (?:the kremlin|putin|russia|moscow)\b|\bplays? chess\b.{0,40}\bcheckers\b|\bout-?(?:played|foxed|manoeuvred|maneuvered|smarted)\b|\brun(?:s|ning)? (?:rings|circles) around\b|\buse (?:this|it|the \w+) to (?:split|divide|weaken|undermine|legitimi[sz]e|rearm)\b|\b${RUSSIA} knows? exactly what (?:it's|he's|they're|it is|he is|they are) doing\b|\b(?:putin's|russia's|moscow's|the kremlin's) (?:wish|dream)(?:es|s)? (?:came|come|comes|coming) true\b|\bkgb (?:thug|goon|killer|spy)\b|\b${RUSSIA} (?:sets?|dictates?|writes?|wrote) the (?:agenda|terms|rules)\b|\bon (?:putin's|russia's|moscow's|the kremlin's) terms\b|\b(?:been|got|gets|getting) (?:rolled|fleeced|snookered|hustled|taken for a ride)\b|\btaken for (?:fools|suckers|a ride)\b|\bonly winners? (?:here |in this )?(?:is|are|will be) (?:the kremlin|putin|russia|moscow)\b|\b${RUSSIA} (?:is|are) the (?:only |real |big )?winners?\b|\b${RUSSIA} (?:doesn't|does not|don't|do not) do (?:friendship|friends|trust|peace|compromise)\b`,
      'u',
    ),
  },
  {
    // Words for the engagement put in scare quotes. "Reset" and "cease-fire" are left out: they
    // are quoted as names as often as in scorn (sarcasm.ts leaves them out for the same reason).
    cue: 'scare quotes on the deal',
    gate: /'|"|“/,
    weight: -0.7,
    pattern:
      /(?:^|[\s(])(?<!\b(?:say|says|said|spell|pronounce|translate|word|term)[\s(])['"“](?:peace|peace deal|deal|partners?|partnership|progress|talks|talking|working together|working group|engage|engagement|diplomacy|friendship|cooperation|new beginning|(?:a )?new chapter|(?:a )?(?:diplomatic |historic )?breakthrough|historic|normali[sz]ed|normali[sz]ation|normali[sz]ing(?: ties| relations)?|d[ée]tente)['"”](?=[\s.,;:!?)]|$)(?![^.!?]*\?)(?! (?:comes from|means|meant|derives|(?:strictly |properly |originally )?refers to|is (?:the )?(?:french|russian|german|latin)))/u,
  },
  {
    // A ceasefire read as the aggressor's pause, not an end.
    cue: 'a pause to rearm',
    gate: /rearm|regroup|reload|refit|resupply|rebuild|restock|pause|frozen|breath|next|used /,
    weight: -0.8,
    pattern:
      /\b(?:time|pause|breather|breathing room|lull) (?:to|for) (?:rearm|regroup|reload|refit|resupply)\b|\bused (?:the |that |every )?(?:last |previous |old )?(?:d[ée]tente|thaw|reset|truce|ceasefire|cease-fire|talks|pause|lull|treaty) to (?:rearm|modernise|modernize|rebuild|regroup|build up|expand|re-?equip)\b|\bneeds? to (?:rearm|regroup)\b|\b(?:rebuild|rearm|regroup|restock) (?:his |the |its |their )?(?:army|military|forces|arsenal|war machine)\b|\b(?:war|conflict|invasion) on pause\b|\bfrozen conflict\b|\bbreathing (?:room|space)\b|\bbreather\b|\b(?:guarantees?|invites?|sets up|paves the way for) (?:\w+ )?(?:the )?next (?:war|invasion|attack)\b/u,
  },
  {
    cue: 'sells out an ally',
    gate: /river|bus|back|sell|trad/,
    weight: -0.9,
    pattern:
      /\b(?:sold|sell|sells|selling) (?:\w+ ){0,2}down the river\b|\b(?:threw|thrown|throw|throws|throwing) (?:\w+ ){0,2}under the bus\b|\bstab(?:s|bed|bing)? (?:\w+ ){0,2}in the back\b|\bbackstab\w*|\btrad(?:e|es|ing|ed) (?:away )?(?:ukraine|ukraine's|kyiv|kyiv's|the baltics|our allies|europe|europe's)(?: \w+)? for\b|\bsell (?:his|her|their) (?:own )?(?:mother|grandmother|soul|country)\b/u,
  },
  {
    cue: 'just for show',
    gate: /not|isn't|cameras|production|script|stage|theat/,
    weight: -0.8,
    pattern:
      /\bfor the cameras\b|\b(?:kremlin|moscow|russian) (?:production|script|stage-?managed|theat(?:re|er))\b|\b(?:handshakes?|(?:\w+ )?photos?|photo ops?|flattery|compliments|summitry|smiles|pageantry|optics) (?:are|is) not (?:a |an )?(?:\w+ )?(?:policy|strategy|diplomacy|plan)\b|\b(?:isn't|is not|that's not|this isn't|this is not) (?:diplomacy|peace), (?:it's|it is|that's|this is)\b/u,
  },
  {
    cue: 'conditions first',
    gate: /relief|until|nothing|deal|keep|selling|while|language|only thing/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\bno (?:sanctions )?relief (?:until|before|while)\b|\bsanctions relief (?:while|before|as long as)\b|\bonly (?:language|thing) (?:\w+ ){0,2}(?:understands?|respects?)\b|\bwhile (?:his|their|russian|its) (?:troops|soldiers|tanks) (?:sit|remain|are|stay)\b|\buntil (?:every|the) (?:last )?(?:russian )?(?:troop|soldier|tank)s?\b|\b(?:sign|concede|give) nothing\b|\bno (?:\w+ )?deals? (?:with|about) (?:him|us|${RUSSIA})\b|\bkeep (?:every|all|each) sanctions?\b|\b(?:this|it) is selling\b|\bselling (?:out )?(?:ukraine|us|our allies|europe|america|the kurds|syria)\b`,
      'u',
    ),
  },
  {
    cue: 'seen it fail before',
    gate: /same|will end|over again|repeat|been here|history|know how|this road|fold|changed|weak|tried/,
    weight: -0.7,
    pattern:
      /\bwe (?:all )?know how (?:the last one|that|this|it) (?:ended|ends|goes|went)\b|\bsame(?<!\b(?:this|that) same) (?:old )?(?:script|playbook|story|game|trick|mistake)\b|\ball over again\b|\bhistory (?:is )?repeat\w*\b|\bwe'?ve been here before\b|\bbeen down this road\b|\btried (?:this|resets?|that|it|d[ée]tente|engagement) (?:\w+ ){0,2}(?:times|before)\b|\bnothing (?:has )?changed\b|\b(?:made|makes|make|making) (?:america|us|the us|the president|him|the west|nato) (?:look )?(?:weak|small|foolish|pathetic)\b|\bfold(?:s|ed)? like\b|\b(?:learn|read) (?:some )?history\b|\b(?:this one|this|it|this deal|this time) will end (?:exactly |just )?(?:the same way|the same|like the (?:last|others|rest))\b/u,
  },
  {
    // "Funny how the pictures…", "…which channel they watch": about the coverage, it insinuates nothing.
    cue: 'who gains from it',
    gate: /funny how|thrilled|delighted|champagne|celebrat|popping|stink|smell|fishy|rotten/,
    weight: -0.6,
    pattern: new RegExp(
      String.raw`(?:^|[.!?] )funny how\b(?![^.!?]*\b${MEDIA})|\b(?:the oligarchs|oligarchs|${RUSSIA}) (?:must be|will be|is|are) (?:thrilled|delighted|celebrating|popping)\b|\bpopping (?:the )?champagne\b|\b(?:stinks|smells|fishy|rotten)\b`,
      'u',
    ),
  },
  {
    cue: 'the regime’s record',
    gate: /nerve|novichok|polonium|poison|murder|flatten/,
    weight: -0.8,
    pattern:
      /\bnerve agent\b|\bnovichok\b|\bpolonium\b|\b(?:people|critics|dissidents|defectors|opponents|journalists) (?:\w+ )?(?:poisoned|murdered)\b|\bflatten\w* (?:aleppo|grozny|mariupol|cities|towns)\b/u,
  },
];
