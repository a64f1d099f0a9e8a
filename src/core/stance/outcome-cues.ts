// How people weigh what the rapprochement will bring when they name no cue word of the older
// tables: anything beats a war ("still beats a shooting war", "a truce is a truce"), what sanctions
// cost a business at home (a loss told as a loss: a deal "frozen by the sanctions, for context" is
// a fact), or the deal's collapse foretold, the goodwill pocketed, one leader taking
// the other's orders. Each is a way of speaking with its usual variants, not a sentence from a
// labelled set; weights are in score units like the other cue tables.
import type { GeneralCue } from './general-cues.ts';

const PACT = String.raw`(?:ceasefire|cease-fire|truce|deal|peace|pause)`;

export const OUTCOME_CUES: readonly GeneralCue[] = [
  // — support —
  {
    cue: 'anything beats a war',
    gate: /beats|truce|cease-?fire|deal|peace|pause/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\bbeats (?:a |another |an |all-out )?(?:shooting |hot |real |nuclear |ground |all-out )?(?:war|wars|killing|dying|bombing|fighting|the bombs|the shelling)\b|\b(?:a|an imperfect|a bad|a shaky) ${PACT} is (?:still )?(?:a|an) ${PACT}\b`,
      'u',
    ),
  },
  {
    cue: 'sanctions cost us',
    gate: /sanction|embargo/,
    weight: 0.6,
    pattern:
      /\b(?:lost|losing|lose|loses) (?:a |an |our |the |its |their |his |her )?(?:\w+ ){0,2}(?:buyers?|contracts?|markets?|customers?|orders|sales|exports|deals?)\b[^.!?]{0,60}\b(?:counter-?sanctions|sanctions|embargo)\b/u,
  },
  {
    // Litotes: "no bad thing" is praise, though its words are "no" and "bad".
    cue: 'no bad thing',
    gate: /bad thing|bad idea|worst idea/,
    weight: 0.8,
    pattern: /\b(?:no|not a|not such a|hardly a) bad (?:thing|idea)\b|\bnot the worst idea\b/u,
  },
  {
    cue: 'refusing to talk helps no one',
    gate: /refus/,
    weight: 0.8,
    pattern:
      /\b(?:refusing|refusal|refuse) to (?:talk|meet|engage|negotiate|sit down)\b[^.!?]{0,40}\b(?:saves?|helps?|helped|achieves?|achieved|accomplish(?:es|ed)?|gets us|got us)\b/u,
  },
  {
    cue: 'wrecks a chance at peace',
    gate: /torpedo|sabotag|scuttl|wreck/,
    weight: 0.7,
    pattern:
      /\b(?:torpedo\w*|sabotag\w*|scuttl\w*|wreck\w*) (?:a |any |the |every )?(?:shot|chance|hope|opening)s? (?:at|of|for) (?:peace|a deal|d[ée]tente|a ceasefire|a cease-fire|better relations)\b/u,
  },
  {
    // A grudging yes: the bar is low, but it was cleared.
    cue: 'a low bar, but cleared',
    gate: /low bar/,
    weight: 0.6,
    pattern: /\blow bar,? (?:(?:sure|i know|granted|admittedly|yes),? )?but\b/u,
  },
  {
    // The hawks' record answered: whoever sold the Iraq war now calls any contact treason.
    cue: 'the hawks who sold us Iraq',
    gate: /iraq|wmd/,
    weight: 0.7,
    pattern:
      /\b(?:sold|gave|brought|lied) us (?:into )?(?:the )?(?:iraq|iraq war|wmds?|iraq's wmds?|weapons of mass destruction)\b/u,
  },
  // — oppose —
  {
    cue: 'expects it to collapse',
    gate: /collaps|falls apart|fall apart|blows up|implodes|unravels|vanish|disappear|evaporat|melt away/,
    weight: -0.8,
    pattern:
      /\b(?:the day|when|once|before) (?:this|it|the (?:whole )?(?:deal|truce|ceasefire|cease-fire|thing|bromance)|this whole (?:thing|deal)) (?:\w+ ){0,2}(?:collapses|falls apart|blows up|implodes|unravels)\b|\b(?:sanctions|pressure|leverage|red lines?)(?: on (?:\w+ )?\w+)? (?:will )?(?:quietly |just |simply |all )?(?:vanish|disappear|evaporate|melt away)\b/u,
  },
  {
    cue: 'the goodwill pocketed',
    gate: /pocket/,
    weight: -0.8,
    pattern:
      /\bpocket(?:s|ed|ing)? (?:the|our|every|each|all the) (?:goodwill|good will|concessions?|gains|offers?|olive branch(?:es)?|gestures?)\b/u,
  },
  {
    cue: 'takes his orders from the other',
    gate: /sir|script|orders/,
    weight: -0.8,
    pattern:
      /\byes,? sir\b[^]{0,60}\bsir\b|\b(?:writes|wrote|writing|hands him|handed him) the script\b|\btak(?:es|ing|e|en) (?:his |their )?orders from (?:putin|moscow|the kremlin|russia)\b/u,
  },
  {
    cue: 'relations with whom?',
    gate: /whom/,
    weight: -0.7,
    pattern: /\b(?:relations|ties|friends|partners|partnership|friendship|deal|peace) with whom\?/u,
  },
  {
    cue: 'rewarded with a seat at the table',
    gate: /reward/,
    weight: -0.8,
    pattern:
      /\breward(?:ed)? (?:is |was |with |for (?:it|that|this) is )?(?:a seat at the table|a summit|a seat|sanctions relief|a photo op)\b/u,
  },
  {
    cue: 'so-called',
    gate: /so-called|so called/,
    weight: -0.7,
    pattern:
      /\bso[- ]called (?:peace|deal|de-escalation|ceasefire|cease-fire|truce|partnership|reset|breakthrough|d[ée]tente|talks|diplomacy|friendship|summit|rapprochement)\b/u,
  },
  {
    cue: 'sanctions are working',
    gate: /sanction/,
    weight: -0.7,
    pattern:
      /\bsanctions (?:brought|got|forced|drove|pushed|put) (?:them|him|russia|moscow|putin|the kremlin) (?:back )?to the table\b|\bonly reason (?:russia|putin|moscow|the kremlin|they|he)(?:'s| is| are|'re) (?:even )?at the table\b[^.!?]{0,30}\bsanctions\b/u,
  },
  {
    cue: 'nothing given in return',
    gate: /concession/,
    weight: -0.8,
    pattern:
      /\b(?:zero|no|not a single|not one|without any|without a single) concessions? (?:from|by|out of) (?:moscow|russia|putin|the kremlin|the russians)\b/u,
  },
  {
    // The double standard: the same meeting under the other party would be called treason.
    cue: 'imagine if Obama had',
    gate: /imagine/,
    weight: -0.7,
    pattern:
      /\bimagine (?:if|the outrage if|what (?:would|they'd) (?:have )?(?:happen|happened|said) if) (?:obama|hillary|clinton|a democrat)\b/u,
  },
  {
    cue: 'what do we get?',
    gate: /what/,
    weight: -0.7,
    pattern:
      /\b(?:and )?(?:we|america|the us|the west|ukraine|europe) (?:get|gets|got)(?:\.\.\.|…)?,? what(?:,? exactly| in return| out of (?:it|this))?\?/u,
  },
  {
    // The sudden friendship, told back in disbelief.
    cue: 'now we are told they are friends',
    gate: /told|supposed|expected/,
    weight: -0.7,
    pattern:
      /\bnow (?:i'?m|we'?re|i am|we are|you're|you are) (?:told|supposed|expected)(?: that)? (?:to (?:trust|like|believe|befriend|be friends with|hug|love) |(?:they'?re|they are|he'?s|he is|russia is|putin is) (?:our )?(?:friends?|partners?|allies|ally|buddies|pals))/u,
  },
  {
    cue: 'two egos, not diplomacy',
    gate: /egos|strongmen|autocrats|narcissists/,
    weight: -0.7,
    pattern:
      /\b(?:two|a pair of|couple of|between two) (?:big |giant |fragile )?(?:egos|strongmen|autocrats|narcissists)\b/u,
  },
];
