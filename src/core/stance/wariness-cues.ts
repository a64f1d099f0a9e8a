// How people turn against a thaw without a word of scorn a lexicon knows: saying what it is not
// ("that's not diplomacy, that's…", "don't call it peace"), the other side reading it as a licence
// or not wanting peace at all, past thaws that ended in an invasion, the small countries paying
// the bill, the deal made with a regime that kills, the show traded for substance, "if it's so
// great, why…", "in exchange for what?", the sneer at "your reliable partner", the wolf and the
// sheep, "he hasn't changed", calling the whole thing a mistake. Each rule is a way of speaking
// with its usual variants, not a sentence from a labelled set; weights are in score units like the
// other tables.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:russia|moscow|putin|the kremlin|kremlin|the russians)`;
/** What a thaw is called by those who welcome it, named in order to deny it the name. */
const GOOD_NAME = String.raw`(?:diplomacy|foreign policy|statecraft|a (?:cease-?fire|deal|treaty|truce|strategy|peace deal)|peace|d[ée]tente|negotiation|negotiating)`;

export const WARINESS_CUES: readonly GeneralCue[] = [
  {
    // Not when what it is called instead is a beginning ("not a treaty, it's a start").
    cue: 'not what it is called',
    gate: /not|isn't|dont|don't|stop call|peace through/,
    weight: -1,
    pattern: new RegExp(
      String.raw`(?:\b(?:that'?s|thats|it'?s) not|\bis(?:n'?t| not)) (?:real |actual )?${GOOD_NAME}[.,;:]? (?:that'?s|thats|it'?s|its|it is|this is|that is)\b(?! (?:a |the |only )?(?:start|beginning|(?:first |small )?step|framework|foundation|process|progress)\b)|\b(?:don'?t|do not|stop) call(?:ing)? (?:it|this|that) ${GOOD_NAME}\b|\bpeace through (?:flattery|weakness|surrender|appeasement|compliments|capitulation)\b`,
      'u',
    ),
  },
  {
    cue: 'the other side reads it as a licence',
    gate: / as |want|free hand/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\b${KREMLIN} (?:will |would |'ll )?(?:read|reads|see|sees|take|takes|treat|treats|took|saw) (?:it|this|that|the \w+) as (?:a |an )?(?:timeout|time-out|green light|weakness|pause|breather|licen[cs]e|invitation|blank (?:cheque|check))\b|\b(?:they|he|${KREMLIN}) (?:don'?t|doesn'?t|does not|do not) want (?:d[ée]tente|peace|a deal|friendship|a truce|a cease-?fire|cooperation)\b|\ba free hand (?:in|to)\b`,
      'u',
    ),
  },
  {
    cue: 'past thaws ended badly',
    gate: /ended|every time/,
    weight: -0.9,
    pattern:
      /\b(?:d[ée]tente|reset|thaw|rapprochement|summit|deal)s? (?:\w+ ){0,2}ended (?:with|in) (?:\w+ ){0,2}(?:tanks|troops|an? invasion|invasion|war|annexation)\b|\bevery time (?:the west|we|america|washington|the us) (?:\w+ ){0,2}(?:'?reset'?|talked|made (?:a )?deals?|cozied up|warmed up|reached out)\b/u,
  },
  {
    cue: 'the small countries pay',
    gate: /powers|traded|sold|bargained|paid the|pays the|pay the|for it|the price|small change|chip|pawn/,
    weight: -0.9,
    pattern:
      /\b(?:big|great) powers (?:decide|carve|divide|deal|make (?:friends|friendship|deals?))\b|\b(?:who|which \w+|we|they) (?:gets?|will be|are|is) (?:traded|sold|bargained) (?:away|off)\b|\b(?:somebody|someone|small countries|smaller nations|the small ones) (?:\w+ ){0,3}(?:paid|pays?|will pay) (?:the (?:bill|price)|for it)\b|\b(?:small countries|smaller nations|small nations|the small ones) (?:become|are|will be|end up as) the price\b|\b(?:we|they|you|ukraine|georgia|the baltics|europe|our allies|small countries|the small ones) (?:are|were|will be|become|end up as) (?:the |just )?(?:small change|bargaining chips?|a bargaining chip|pawns?)\b/u,
  },
  {
    // A deal's partner described by what it does to people: the charge is the argument.
    cue: 'a deal with a regime that kills',
    gate: /that |who |whose /,
    weight: -0.9,
    pattern:
      /\bwith (?:a|the|that|those) (?:regime|government|man|men|people|ones|country|dictator|leader|state) (?:that|who|whose \w+) (?:\w+ ){0,2}(?:jails|poisons|murders|kills|shoots|invades|bombs|tortures|annexes|imprisons|assassinates|deployed|poisoned|murdered|invaded|annexed|bombed|killed|gassed|shot)\b/u,
  },
  {
    cue: 'traded for a show',
    gate: /trade|for a/,
    weight: -0.9,
    pattern:
      /\btrad(?:e|es|ed|ing) (?:[\w']+ ){0,3}(?:for|in exchange for) (?:a |an |some )?(?:nice |good |pretty |friendly )?(?:press conference|photo|handshake|compliments?|flattery|pat on the back|red carpet)\b/u,
  },
  {
    // The praise put in a condition and answered with a suspicion: "if it's so good, why…?"
    cue: 'if it is so good, why',
    gate: /so |such a|in exchange|before|for what|any good/,
    weight: -0.9,
    pattern:
      /\bif (?:this|it|that|the \w+) (?:is|was) (?:so |such an? )(?:great|good|wonderful|fantastic|terrific|historic)(?: \w+)?,? (?:then )?why\b|\bif (?:this|it|that|the (?:deal|treaty|agreement|summit|accord|plan|terms)) (?:were|was) any good,? (?:they|he) (?:wouldn't|would not)\b|\bin exchange for\W+what\b|\bfor what,? exactly\b|\bwe'?ve (?:had|heard) (?:those|that|them|promises|all that) before\b/u,
  },
  {
    cue: 'some partner',
    gate: /partner|friend|ally/,
    weight: -0.9,
    pattern:
      /\bthat'?s (?:your|our) (?:new |great |reliable |trusted |trustworthy )+(?:partner|friend|ally)\b|^some (?:partner|friend|ally)[.!]|\b(?:partners|friends|allies) (?:don't|do not) (?:\w+ ){0,2}(?:hack|invade|poison|spy on|bomb|annex|attack|lie to|threaten)\b/u,
  },
  {
    cue: 'wolf and sheep',
    gate: /wolf|wolves/,
    weight: -0.9,
    pattern: /\bwol(?:f|ves)\b[^.!?]{0,40}\b(?:sheep|shepherd|lambs?)\b/u,
  },
  {
    cue: 'he has not changed',
    gate: /changed|change its|change his/,
    weight: -0.8,
    pattern: new RegExp(
      String.raw`\b(?:${KREMLIN}|he) (?:hasn'?t|has not|has never|never) changed\b|\b(?:leopard|scorpion) (?:doesn'?t|does not|can'?t|cannot) change\b`,
      'u',
    ),
  },
  {
    // What was once unthinkable, or a swap that sets a price on the next hostage.
    cue: 'a line crossed',
    gate: /president|hostage/,
    weight: -0.9,
    pattern:
      /\b(?:never|not) (?:have )?(?:believed|imagined|thought|dreamed)\b[^.!?]{0,30}\b(?:an american|a us|a republican|our|the) president (?:would|could)\b|\bwhat an? (?:\w+ )?hostage is worth\b|\b(?:rewards?|encourages?|incentivi[sz]es?) (?:more )?hostage-?taking\b|\bhostage diplomacy\b/u,
  },
  {
    // The applause as the distraction while the other side presses on, and the winner named:
    // strong enough to outweigh the applause it names.
    cue: 'while everyone cheers',
    gate: /while|who won|came for/,
    weight: -1.5,
    pattern:
      /\bwhile (?:everyone|everybody|we|the west|washington|the press|the media) (?:claps|cheers|celebrates|applauds|toasts|smiles)\b|\btells you (?:\w+ ){0,4}who won\b|\bgot more than (?:he|they|it|she) came for\b/u,
  },
  {
    cue: 'calls it a mistake',
    gate: /mistake/,
    weight: -0.9,
    pattern:
      /\b(?:this|the|that) (?:\w+ ){0,2}(?:thing|deal|summit|move|policy|outreach|rapprochement|reset|thaw|friendship) (?:is|was) an? (?:big |huge |terrible |grave |historic )?mistake\b|\b(?:don't|do not) repeat (?:our|my|the same|that|their|europe's|germany's) mistakes?\b/u,
  },
];
