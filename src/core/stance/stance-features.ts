import type { Stance, StanceLabel } from '../types.ts';
import { dumpWords, type DumpWords } from './dump-words.ts';
import { shapeFeatures } from './shape-features.ts';
import { STANCE_LABELS } from './stance-labels.ts';

export { learnWords } from './word-scan.ts';

/** One comment as the learned model sees it: its text and the rule classifier's reading of it. */
export interface LearnInput {
  readonly body: string;
  readonly machine: Stance;
  /** Index of the comment this one replies to, in the same dump. */
  readonly parent?: number;
}

/** Feature name → value; words are present (1) or absent. */
export type Features = ReadonlyMap<string, number>;

import { RULE_PREFIX, TONE_PREFIX } from './feature-prefixes.ts';

export { RULE_PREFIX, TONE_PREFIX };
export const RULE_SCORE = `${RULE_PREFIX}score`;
export const QUESTION = `${TONE_PREFIX}question`;
const NEGATION_SPAN = 3;

/** The rules' verdict and the lexicon's tone, not words: the model's view of the rules' reading. */
export function isRuleSide(feature: string): boolean {
  return feature.startsWith(RULE_PREFIX) || feature.startsWith(TONE_PREFIX);
}

export const ruleFeature = (label: StanceLabel) => `${RULE_PREFIX}${label}`;

/** The tone features of a comment the rules labelled `label`, by tone. */
export function toneFeatures(label: StanceLabel): { positive: string[]; negative: string[] } {
  return {
    positive: [`${TONE_PREFIX}positive`, `${TONE_PREFIX}positive (${label} by the rules)`],
    negative: [`${TONE_PREFIX}negative`, `${TONE_PREFIX}negative (${label} by the rules)`],
  };
}
const TONES = new Map(STANCE_LABELS.map((c) => [c, toneFeatures(c)]));

/** Squashed so one long rant does not outweigh the rules' verdict. */
export const squash = (valence: number) => Math.tanh(valence / 3);

export const endsInQuestion = (body: string) => /\?\s*$/u.test(body);

/**
 * Calls `visit(word id, negated)` for each content word of comment `c`: negated when a negator
 * precedes it within three words ("not trust" is not "trust"). A repeated word is visited again.
 */
export function visitWords(
  dump: DumpWords,
  c: number,
  visit: (id: number, negated: boolean) => void,
): void {
  const ids = dump.tokens[c] ?? new Int32Array(0);
  let negatedUntil = -1;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] ?? 0;
    if (dump.negator[id] === 1) negatedUntil = i + NEGATION_SPAN;
    if (dump.skip[id] !== 1) visit(id, i <= negatedUntil);
  }
}

/**
 * Calls `named` with each feature of comment `c` of a dump that is not a word: the rules' label and
 * score (so a model trained on few labels starts from the rules' reading) and the lexicon's tone —
 * crossed with the rules' label because the rules' misses are mostly toned comments they read as
 * neutral, and a linear model can learn "neutral by the rules but scathing → oppose" only from a
 * feature that says so; and the marks of the comment's kind (shape-features.ts). Then calls `word`
 * for each content word (see visitWords).
 */
export function visitFeatures(
  dump: DumpWords,
  c: number,
  input: LearnInput,
  named: (feature: string, value: number) => void,
  word: (id: number, negated: boolean) => void,
): void {
  const label = input.machine.label;
  named(ruleFeature(label), 1);
  named(RULE_SCORE, input.machine.score);
  const tones = TONES.get(label) ?? toneFeatures(label);
  const positive = squash(dump.positive[c] ?? 0);
  const negative = squash(dump.negative[c] ?? 0);
  if (positive > 0) for (const f of tones.positive) named(f, positive);
  if (negative > 0) for (const f of tones.negative) named(f, negative);
  if (endsInQuestion(input.body)) named(QUESTION, 1);
  shapeFeatures(dump, c, input.body, label, { positive, negative }, named);
  visitWords(dump, c, word);
}

/** A word feature's name: the word, or "not word" under a negation. */
export function wordFeature(dump: DumpWords, id: number, negated: boolean): string {
  const word = dump.words[id] ?? '';
  return negated ? `not ${word}` : word;
}

/** The features of one comment as a map (see visitFeatures). */
export function stanceFeatures(input: LearnInput): Features {
  const features = new Map<string, number>();
  const dump = dumpWords([input]);
  visitFeatures(
    dump,
    0,
    input,
    (f, v) => features.set(f, v),
    (id, negated) => features.set(wordFeature(dump, id, negated), 1),
  );
  return features;
}
