// Stock phrases people take a side with when they name neither the talks nor the leaders: the
// folk wisdom of distrust ("count your fingers", "lie down with dogs…", "follow the money", "give it
// two weeks") and of making a start ("you have to start somewhere", "better than the alternative",
// "I'll take talking over another deployment"). Each is an idiom with its usual variants, not a
// sentence from a labelled set; the weights are in score units like the other cue tables.
import type { GeneralCue } from './general-cues.ts';

/** What a pragmatist prefers: the talking, not the fighting. */
const TALKING = String.raw`(?:talks?|talking|coordinat\w+|cooperat\w+|diplomats?|diplomacy|dialogue|negotiat\w+|a deal|deals|handshakes?|a handshake|summits?|a summit|phone calls?|a phone call|arguing|an argument|a bad deal|an imperfect deal|a flawed deal)`;
const FIGHTING = String.raw`(?:war|wars|another war|a war|deployments?|another deployment|fighting|shooting|bombing|body bags|funerals|flag-draped coffins|a shooting war|missiles?)`;

export const IDIOM_CUES: readonly GeneralCue[] = [
  {
    cue: 'folk wisdom of distrust',
    gate: /finger|wallet|dogs|flea|devil|spoon|money|look at who|buying|buy any|chicken|hen|con m|crooks|grifters|two weeks|a week|a month|last|carv|not like this|these terms|all you want|all they want|trump tower/,
    weight: -0.8,
    pattern:
      /\bcount (?:your|the|our) fingers\b|\b(?:check|watch|hold on to|hang on to|guard) (?:your|our) wallets?\b|\blie down with dogs\b|\bget up with fleas\b|\b(?:sup|dine|dance|dances|dancing|deal|deals|dealing|shake hands) with the devil\b|\blong(?:er)? spoon\b|\bfollow the money\b|\blook at who(?:'s| has| is)? (?:been )?(?:lending|paying|funding|bankrolling|financing)\b|\bnot buying (?:any of )?(?:it|this|that|the (?:\w+ )?(?:story|spin|hype|line))\b|\bfox(?:es)?\b.{0,30}\b(?:chickens?|hens?|henhouse|hen house|chicken coop)\b|\b(?:two|a pair of|couple of) (?:con ?m[ae]n|crooks|grifters|gangsters|thieves|hustlers)\b|\bgive it (?:a week|two weeks|a month|a few weeks|six weeks)\b|\b(?:won't|will not|doesn't|does not|won't even) last (?:a week|two weeks|a month|the summer|the year|till|until)\b|\bcarv(?:e|es|ed|ing) up (?:the |a )?(?:map|world|region|middle east|spoils|europe|syria|ukraine)\b|\bbut not like this\b|(?:^|[.!?] )not like this\b|\bnot on (?:these|those|his|their) terms\b|\b(?:talk|meet|chat|shake hands) all (?:you|they|he) (?:want|like)\b|\btrump tower (?:in )?moscow\b/u,
  },
  {
    cue: 'a start worth making',
    gate: /somewhere|alternative|nothing|hoping|crossed|keep at|keep talking|keep trying|no reason to|take|beats|fewer|phone|tool|box|crime|treason|a sin|cook/,
    weight: 0.8,
    pattern: new RegExp(
      String.raw`\b(?:you'?ve|you have|we'?ve|we have|you|we|they|one) (?:got |gotta |have |has )?(?:to )?start somewhere\b|\bbetter than (?:the alternative|nothing|no deal|no talks|not talking)\b|\bbeats the alternative\b|\bhere'?s (?:hoping|to hoping)\b|\bfingers crossed\b|\bkeep (?:at it|talking|trying)\b|\bno reason to (?:stop|quit|give up)\b|\bi'?(?:ll| will|d| would) take ${TALKING} (?:\w+ ){0,6}over ${FIGHTING}\b|\b${TALKING} (?:\w+ ){0,6}beats? (?:\w+ly )?${FIGHTING}\b|\bfewer (?:warheads|nukes|missiles|bombs)\b|\bpick(?:ed|s|ing)? up the phone\b|\b(?:other|another|different) tool in the (?:box|toolbox|kit)\b|\byou (?:talk|speak) to beats\b|\byou'?d think (?:peace|talking|diplomacy|a (?:phone call|handshake|summit|ceasefire|cease-fire)) (?:was|is|were) (?:a crime|treason|a sin)\b|\blet (?:em|'em|them|him|'m) cook\b`,
      'u',
    ),
  },
];
