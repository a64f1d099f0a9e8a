// Scepticism that the older tables miss because it is an idiom, an aside or a question rather than
// a verdict: "don't hold your breath", "we're supposed to believe…", "fair for whom?", "some
// deal.", "what is there to hide?", "negotiating on his knees", "eat him alive", money that refills
// the war chest, truce lines that harden into borders, talks used to regroup. Each rule names a
// kind of expression with its usual variants, never a sentence from a labelled set.
import type { GeneralCue } from './general-cues.ts';

const RUSSIA = String.raw`(?:russia|russians|putin|moscow|the kremlin|kremlin|the russians)`;
const POSSESSIVE = String.raw`(?:putin's|the kremlin's|russia's|moscow's|his|their)`;
const TALKS = String.raw`(?:talks?|talking|negotiations?|ceasefires?|cease-fires?|diplomacy|truces?|peace process|summits?|pauses?)`;

export const DOUBT_CUES: readonly GeneralCue[] = [
  {
    cue: 'expects nothing of it',
    gate: /breath|supposed|expected|meant to|know|whom|some |call it|calls it|bad |dangerous|foolish|stupid|dumb|terrible|awful|horrible/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:don't|won't|not|wouldn't|do not|will not|never) (?:be )?hold(?:ing)? (?:my|your|our) breath\b|\b(?:we're|we are|i'm|i am|you're|you are|and we|americans are) (?:\w+ )?(?:supposed|expected|meant) to (?:believe|trust|think|accept|buy)\b|\b(?:we all|everyone|everybody|you all) knows? how (?:reliable|trustworthy|dependable|good|sincere|honest|solid) ${POSSESSIVE} (?:promises|word|pledges?|guarantees?|signatures?|assurances?)\b|\b(?:fair|good|better|safer|peace|a win|win-win|great|a success|progress|a bargain|a deal) for whom\b|(?:^|[.!?] )some (?:trade|deal|bargain|peace|ceasefire|cease-fire|negotiator|deal-?maker|summit|friend|partner|partnership|reset|statesman)[.!]|\b(?:and|then) calls? it (?:a |an |the )?(?:\w+ ){0,2}(?:peace|win|victory|success|triumph|deal|breakthrough)\b|\b(?:it|this|that|summit|deal|meeting|talks|reset|outreach)(?:'s| is| was| would be) (?:a |such a )?(?:bad|terrible|awful|horrible|dangerous|foolish|stupid|dumb) (?:idea|move|plan)\b`,
      'u',
    ),
  },
  {
    cue: 'something to hide',
    gate: /hide|note|aides|witnesses|closed doors|secret/,
    weight: -0.8,
    pattern:
      /\bwhat (?:is there|(?:does|do|did) (?:he|they|trump) (?:have )?|are they|is he) (?:\w+ )?to hide\b|\b(?:no|without|wouldn't (?:even )?take|won't (?:even )?take|didn't (?:even )?take|without any) (?:\w+ )?(?:notes?|note-?takers?|aides|witnesses)\b|\bbehind closed doors\b|\bsecret (?:side )?(?:deals?|protocols?|promises)\b/u,
  },
  {
    cue: 'outmatched by Putin',
    gate: /alive|breakfast|lunch|dinner|chew|finger|league|depth|over his head|knee|kneel|grovel|weakness/,
    weight: -0.9,
    pattern:
      /\beat (?:him|trump|our president|the president|us) (?:alive|for breakfast|for lunch)\b|\b(?:had|have|has|eats?|ate) (?:him|trump|us) for (?:breakfast|lunch|dinner)\b|\bchew(?:s|ed)? (?:him|trump|us) up\b|\bwrap(?:s|ped)? (?:him|trump) around (?:his|a) (?:little )?finger\b|\bout of (?:his|trump's) (?:league|depth)\b|\bin over his head\b|\b(?:from|on)(?<!\bnot (?:\w+ )?(?:from|on)) (?:a |his |our |its |their |bended )?(?:kneeling (?:position|posture)|knees?|position of weakness|weakness)\b|\bkneel(?:s|ing)?\b|\bgrovel\w*/u,
  },
  {
    // Money and relief as fuel for the war: trade with Moscow read as paying for the invasion.
    cue: 'funds the war',
    gate: /war|army|invasion|coffers|pockets/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:refill|refills|refilling|refilled|fill|fills|filling|fund|funds|funding|bankroll\w*|financ\w*|fuel|fuels|fuelling|fueling|pay for|pays for|paying for|line|lines|lining) (?:\w+ )?${POSSESSIVE} (?:war chest|war machine|war|army|invasion|coffers|pockets)\b`,
      'u',
    ),
  },
  {
    cue: 'Moscow does not change',
    gate: /change|spots|faces|keep|keeps/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:${RUSSIA}|he|they|the regime|leopards?) (?:doesn't|does not|don't|do not|never|will never|won't|can't|cannot) change\b|\bleopards? (?:\w+ )?(?:change|changes) (?:its|their) spots\b|\bonly the faces (?:change|do)\b|\b(?:they|${RUSSIA}) keeps? (?:on )?(?:doing the )?(?:invading|bombing|killing|shelling|lying|cheating)\b`,
      'u',
    ),
  },
  {
    // A ceasefire read as the front line made permanent, or as a pause the aggressor uses.
    cue: 'truce lines become borders',
    gate: /line|look at|rearm|regroup|reload|refit|resupply|cover|smokescreen|stall|delaying|buy time/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:cease-?fire|armistice|contact|front|truce|demarcation) lines?\b.{0,60}\b(?:become|becomes|became|turn into|turns into|harden into|end up as) (?:\w+ )?(?:borders?|permanent)\b|\bjust look at (?:georgia|crimea|chechnya|transnistria|abkhazia|south ossetia|minsk|syria)\b|\b(?:rearm|regroup|reload|refit|resupply)(?:ing)? (?:break|pause|period|window|interval|opportunity)\b|\bus(?:e|es|ed|ing) (?:\w+ ){0,5}to (?:rearm|regroup|reload|refit|resupply|buy time|stall)\b|\b${TALKS}\b.{0,30}\b(?:is|are|was|were|as) (?:just |only |merely |a )?(?:a )?(?:cover|smokescreen|stalling tactic|delaying tactic)\b`,
      'u',
    ),
  },
  {
    // Moscow's delight, and who gets rich, as the measure of the deal.
    cue: 'Moscow is delighted',
    gate: /happy|pleased|delighted|thrilled|gleeful|giddy|ecstatic|gushing|jubilant|triumphant|only|rewarding|appeasing|indulging|enabling|encourag|hostage|interesting|curious|strange|odd/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:when|if) (?:${RUSSIA}|russian state (?:tv|media)) (?:is|are|seems?|looks?) (?:this |so |that )?(?:happy|pleased|delighted|thrilled|gleeful|giddy|ecstatic)\b|\b(?:kremlin|russian state (?:tv|media)|moscow)\b.{0,40}\b(?:gushing|gleeful|ecstatic|jubilant|triumphant)\b|\bthe only (?:winners?|beneficiar(?:y|ies)|ones? (?:who )?(?:benefit|win|gain|profit)\w*)\b.{0,60}\b(?:${RUSSIA}|oligarchs?|gazprom)\b|\bstop (?:rewarding|appeasing|indulging|enabling)\b|\bencourag(?:es|ed|ing|e) (?:${RUSSIA}|him|them|dictators|others) to (?:grab|take|invade|seize|kidnap|try|do it again|attack)\b|\bhostage diplomacy\b|(?:^|[.!?] )(?:interesting|curious|strange|odd) how\b`,
      'u',
    ),
  },
  {
    // The answer to an attack set beside the attack: "they hacked our election and we give a summit".
    cue: 'attacked, then rewarded',
    gate: /response|answer|reply|elections?/,
    weight: -0.8,
    pattern:
      /\b(?:and|so) (?:the|our|his|washington's) (?:response|answer|reply) is\b.{0,30}\b(?:a summit|a handshake|a phone call|a meeting|talks|a deal|sanctions relief|an invitation|a red carpet)\b|\b(?:attacked|hacked|tampered with|messed with|targeted) (?:our|the|us|american|u\.s\.) (?:\d{4} )?elections?\b/u,
  },
  {
    cue: 'alarmed to watch it',
    gate: /alarming|disturbing|worrying|troubling|sickening|chilling|frightening|nauseating|galling|painful|heartbreaking|depressing/,
    weight: -0.8,
    pattern:
      /\b(?:watching|seeing) (?:\w+ ){0,8}(?:is|was) (?:\w+ )?(?:alarming|disturbing|worrying|troubling|sickening|chilling|frightening|nauseating|galling|painful|heartbreaking|depressing)\b/u,
  },
  {
    // The deal dismissed as making no difference on the ground: a position against it, not a fact.
    cue: 'says it changes nothing',
    gate: /nothing|won't|will not|doesn't|does not|or not|or no|with or without/,
    weight: -0.7,
    pattern: new RegExp(
      String.raw`\b(?:${TALKS}|deals?|agreements?|(?:the |a )?piece of paper|it|this|that) (?:will |would |has |have )?(?:change[sd]?|achieve[sd]?|solve[sd]?|fix(?:es|ed)?) (?:absolutely |exactly )?nothing\b|\b(?:${TALKS}|deals?|agreements?|(?:the |a )?piece of paper|it|this|that) (?:won't|will not|doesn't|does not|wouldn't|would not) (?:change|solve|fix|make) (?:a (?:thing|bit of difference|difference)|anything|any difference)\b|\b(?:ceasefire|cease-fire|truce|deal|agreement) or (?:not|no (?:ceasefire|cease-fire|truce|deal|agreement))\b|\bwith or without (?:a |the |any )?(?:${TALKS}|deals?|agreements?)\b`,
      'u',
    ),
  },
];
