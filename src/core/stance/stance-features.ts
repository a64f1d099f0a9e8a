import type { Stance, StanceLabel } from '../types.ts';
import { lexiconValence } from './lexicon.ts';

/** One comment as the learned model sees it: its text and the rule classifier's reading of it. */
export interface LearnInput {
  readonly body: string;
  readonly machine: Stance;
}

/** Feature name → value; words are present (1) or absent. */
export type Features = ReadonlyMap<string, number>;

/** Prefix of the features that carry the rules' verdict; the rest are words (or tone). */
export const RULE_PREFIX = 'rule:';

// Function words say nothing about a position and would fill the explanation ("the", "a").
const STOP = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been being it its ' +
    'this that these those i you he she we they me him her us them my your his our their there ' +
    'here what which who whom how when where why will would can could should shall may might must ' +
    'do does did have has had just so than then too very also about into over up out if s t'
  ).split(' '),
);
/** "not", "no", "never" change what the next words mean: "not trust" is not "trust". */
const NEGATORS = new Set(['not', 'no', 'never', "don't", "can't", "won't", 'nothing', 'without']);
const NEGATION_SPAN = 3;

/** Lowercase words; apostrophes inside a word kept ("don't"), everything else splits. */
export function learnWords(body: string): string[] {
  return body.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/**
 * The features of one comment: the rules' label and score (so a model trained on few labels starts
 * from the rules' reading), the lexicon's tone, and each content word, marked when a negator precedes
 * it within three words.
 */
export function stanceFeatures(input: LearnInput): Features {
  const features = new Map<string, number>();
  const label: StanceLabel = input.machine.label;
  features.set(`${RULE_PREFIX}${label}`, 1);
  features.set(`${RULE_PREFIX}score`, input.machine.score);
  let positive = 0;
  let negative = 0;
  let negatedUntil = -1;
  learnWords(input.body).forEach((raw, i) => {
    const word = raw.replace(/’/gu, "'");
    if (NEGATORS.has(word)) negatedUntil = i + NEGATION_SPAN;
    const valence = lexiconValence(word);
    if (valence > 0) positive += valence;
    else negative -= valence;
    if (STOP.has(word) || NEGATORS.has(word) || word.length < 2) return;
    features.set(i <= negatedUntil ? `not ${word}` : word, 1);
  });
  // Squashed so one long rant does not outweigh the rules' verdict. Crossed with the rules' label
  // because the rules' misses are mostly toned comments they read as neutral: a linear model can
  // learn "neutral by the rules but scathing → oppose" only from a feature that says so.
  const tones: [string, number][] = [
    ['positive', Math.tanh(positive / 3)],
    ['negative', Math.tanh(negative / 3)],
  ];
  for (const [tone, value] of tones) {
    if (value <= 0) continue;
    features.set(`tone:${tone}`, value);
    features.set(`tone:${tone} (${label} by the rules)`, value);
  }
  if (/\?\s*$/u.test(input.body)) features.set('tone:question', 1);
  return features;
}
