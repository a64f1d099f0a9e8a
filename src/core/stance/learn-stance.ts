import { compareText } from '../text/compare-text.ts';
import type { StanceLabel } from '../types.ts';
import { LEARN_DEFAULTS, type LearnOptions } from './learn-options.ts';
import { pseudoLabels } from './pseudo-labels.ts';
import { replyLabel } from './reply-labels.ts';
import { neutralTrust } from './rule-trust.ts';
import { STANCE_LABELS } from './stance-labels.ts';
import { dumpWords, type DumpWords } from './dump-words.ts';
import { FeatureIndex } from './feature-index.ts';
import { RULE_PREFIX, TONE_PREFIX, type LearnInput } from './stance-features.ts';
import { logitsOf, softmax, train, type Example } from './stance-model.ts';

/** A label the model learned from the reader's own labels, with the words that decided it. */
export interface LearnedStance {
  readonly label: StanceLabel;
  /** Probability of the label under the model, in (0, 1). */
  readonly confidence: number;
  /** Up to three words (or "tone") that pushed most towards this label rather than the rules' one. */
  readonly words: readonly string[];
}

const WORDS_SHOWN = 3;
/** A feature must move the label by this much (in logits) to be named. */
const MIN_PULL = 0.05;

/** "tone:negative (neutral by the rules)" is shown as what it is to a reader: "negative tone". */
function shownName(feature: string): string {
  if (!feature.startsWith(TONE_PREFIX)) return feature;
  return `${feature.slice(TONE_PREFIX.length).split(' ')[0] ?? ''} tone`;
}

/**
 * The dump's words, read once per inputs array: a reader labels one comment after another, and each
 * label retrains on the same dump. Callers keep the array as long as the dump is open and never
 * change it (it is readonly).
 */
const readDumps = new WeakMap<readonly LearnInput[], DumpWords>();

function wordsOf(inputs: readonly LearnInput[]): DumpWords {
  const known = readDumps.get(inputs);
  if (known) return known;
  const fresh = dumpWords(inputs);
  readDumps.set(inputs, fresh);
  return fresh;
}

/**
 * Trains on the reader's labels of one dump and re-labels every other comment of it: index → learned
 * label (absent where the rules' label stands or the reader labelled it). Nothing is learned from
 * fewer than two labels. The reader's labels are the strong signal; the rules' confident verdicts on
 * the same dump join them as weak pseudo-labels (pseudo-labels.ts), so the few words a reader's
 * labels share with the rest of the dump are not all the model has. A reply that only agrees or
 * disagrees with a comment the reader labelled takes its label from that label (reply-labels.ts).
 * Deterministic.
 */
export function learnStance(
  inputs: readonly LearnInput[],
  readerLabels: ReadonlyMap<number, StanceLabel>,
  opts: LearnOptions = LEARN_DEFAULTS,
): Map<number, LearnedStance> {
  const learned = new Map<number, LearnedStance>();
  const taught = [...readerLabels].filter(([i]) => inputs[i] !== undefined);
  if (taught.length < 2) return learned;
  const index = new FeatureIndex(wordsOf(inputs), opts.topicShare);
  const examples: Example[] = taught.map(([i, label]) => ({
    x: index.vector(i, inputs[i] as LearnInput, true),
    label,
    weight: 1,
  }));
  // The neutral pseudo-labels count as far as the reader's labels bear the rules' neutrals out.
  const neutralWeight =
    opts.pseudoNeutralWeight * neutralTrust(inputs, readerLabels, opts.neutralTrustPrior);
  for (const i of pseudoLabels(inputs, readerLabels, opts)) {
    const input = inputs[i] as LearnInput;
    const x = index.vector(i, input, true, true);
    const label = input.machine.label;
    examples.push({
      x,
      label,
      weight: label === 'neutral' ? neutralWeight : opts.pseudoWeight,
    });
  }
  const { names } = index;
  const size = names.length;
  const prior = new Float64Array(size * STANCE_LABELS.length);
  STANCE_LABELS.forEach((_, k) => (prior[k * size + k] = opts.rulePrior));
  const l2 = Float64Array.from(names, (f) =>
    f.startsWith(TONE_PREFIX) ? opts.l2Tone : f.startsWith(RULE_PREFIX) ? opts.l2Rule : opts.l2,
  );
  const w = train({ size, prior, l2 }, examples, opts);
  inputs.forEach((input, i) => {
    if (readerLabels.has(i)) return;
    const parentLabel = input.parent === undefined ? undefined : readerLabels.get(input.parent);
    const carried = parentLabel === undefined ? null : replyLabel(input, parentLabel);
    if (carried) {
      // The reader's own label of the parent, carried by the reply's agreement: certain.
      if (carried.label !== input.machine.label) learned.set(i, { ...carried, confidence: 1 });
      return;
    }
    const x = index.vector(i, input, false);
    const p = softmax(logitsOf(w, size, x));
    let best = 0;
    for (let k = 1; k < p.length; k += 1) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
    const label = STANCE_LABELS[best] ?? 'neutral';
    const confidence = p[best] ?? 0;
    if (label === input.machine.label) return;
    const decided = input.machine.label !== 'neutral';
    if (confidence < (decided ? opts.minConfidenceDecided : opts.minConfidence)) return;
    const from = STANCE_LABELS.indexOf(input.machine.label);
    // What moved the comment from the rules' label to this one: each feature's share of the gap.
    const named = x.ids
      .map((f, j) => ({
        f: names[f] ?? '',
        pull: ((w[best * size + f] ?? 0) - (w[from * size + f] ?? 0)) * (x.values[j] ?? 0),
      }))
      .filter((c) => !c.f.startsWith(RULE_PREFIX) && c.pull > MIN_PULL)
      .sort((a, b) => b.pull - a.pull || compareText(a.f, b.f))
      .map((c) => shownName(c.f));
    const words = [...new Set(named)].slice(0, WORDS_SHOWN);
    learned.set(i, { label, confidence: Math.round(confidence * 100) / 100, words });
  });
  return learned;
}
