// Opposition said by naming whom the deal serves or leaves alone: "the only thing we should share
// with Moscow is…", ties with a racketeer, "whose interests are being served", allies who learned
// of it from the press, the small countries nobody will protect. Each rule is a way of speaking
// with its usual variants, not a sentence from a labelled set; weights are in score units like
// the other tables.
import type { GeneralCue } from './general-cues.ts';

const KREMLIN = String.raw`(?:russia|moscow|putin|the kremlin|kremlin|the russians|them|him)`;
const CROOK = String.raw`(?:racketeers?|gangsters?|thugs?|criminals?|crooks?|mobsters?|mafia (?:boss|don|state)|murderers?|killers?|war criminals?|kleptocrats?|kleptocracy|mafia state)`;

export const SUSPICION_CUES: readonly GeneralCue[] = [
  {
    // Cooperation limited to a trifle: what is offered is the writer's sneer.
    cue: 'the only thing to share with them',
    gate: /only thing/,
    weight: -0.9,
    pattern: new RegExp(
      String.raw`\bthe only thing (?:we|you|they|washington|america|the us|europe|the west) should (?:be )?(?:\w+ing|share|give|send|offer|trade|discuss|negotiate) (?:with |to )?${KREMLIN}\b`,
      'u',
    ),
  },
  {
    // Strong enough to outweigh the "normal ties" it names: the partner is a criminal whatever the
    // ties are called. Talks with one are left out: negotiators talk to criminals to save lives.
    cue: 'ties with a criminal',
    gate: /with a|with an|with the/,
    weight: -1.2,
    pattern: new RegExp(
      String.raw`\b(?:ties|deals?|friendship|relations|partnership|business|alliance) with (?:a|an|the) (?:\w+ )?${CROOK}\b`,
      'u',
    ),
  },
  {
    cue: 'whose interests are served',
    gate: /whose interests/,
    weight: -0.8,
    pattern: /\bwhose interests? (?:are|is|were|was) (?:really |being |truly )*served\b/u,
  },
  {
    // The allies told after the fact: the deal made over their heads.
    cue: 'allies told by the press',
    gate: /learned|learnt|found out|heard|read about/,
    weight: -0.8,
    pattern:
      /\b(?:allies|partners|europe|europeans|ukraine|kyiv|nato|the baltics|our friends)\b[^.!?]{0,20}\b(?:learned|learnt|found out|heard|read about) (?:about |of )?(?:(?:it|this|that|the \w+) )?(?:from|in|on) the (?:press|news|papers?|newspapers?|tv|radio|internet)\b/u,
  },
  {
    cue: 'who will protect the small countries',
    gate: /who will|who would|who is going to|who's going to|who can/,
    weight: -0.8,
    pattern:
      /\bwho (?:will|would|is going to|'s going to|can) (?:protect|defend|stand up for|help) (?:the )?(?:small|smaller|little|tiny|weak|weaker) (?:countries|nations|states|allies|neighbou?rs)\b/u,
  },
];
