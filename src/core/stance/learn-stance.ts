import type { StanceLabel } from '../types.ts';
import { STANCE_LABELS } from './stance-labels.ts';
import { RULE_PREFIX, stanceFeatures, type Features, type LearnInput } from './stance-features.ts';

/** A label the model learned from the reader's own labels, with the words that decided it. */
export interface LearnedStance {
  readonly label: StanceLabel;
  /** Probability of the label under the model, in (0, 1). */
  readonly confidence: number;
  /** Up to three words (or "tone") that pushed most towards this label rather than the rules' one. */
  readonly words: readonly string[];
}

export interface StanceModel {
  /** weights[class][feature]; absent = the prior (0, or the rules' own verdict). */
  readonly weights: Readonly<Record<StanceLabel, ReadonlyMap<string, number>>>;
  /** The dump's topic words, left out of training and prediction. */
  readonly topic: ReadonlySet<string>;
}

function featuresOf(input: LearnInput, topic: ReadonlySet<string>): Features {
  const x = stanceFeatures(input);
  if (topic.size === 0) return x;
  return new Map([...x].filter(([f]) => !topic.has(f)));
}

/** Words used by more than TOPIC_SHARE of the comments (at least four of them). */
function topicWords(inputs: readonly LearnInput[]): Set<string> {
  const df = new Map<string, number>();
  for (const input of inputs) {
    for (const f of stanceFeatures(input).keys()) {
      if (!f.startsWith(RULE_PREFIX) && !f.startsWith('tone:')) df.set(f, (df.get(f) ?? 0) + 1);
    }
  }
  const limit = Math.max(4, inputs.length * TOPIC_SHARE);
  return new Set([...df].filter(([, n]) => n > limit).map(([f]) => f));
}

/**
 * The rules' verdict starts as a strong vote for its own label, so with no or few reader labels the
 * model agrees with the rules; the reader's labels pull it away only where they disagree.
 */
const RULE_PRIOR = 1;
/** Strength of the pull back to the prior (L2 on the distance from it): small sets stay cautious. */
const L2 = 0.01;
/**
 * The rules' verdict is on every comment: a weight learned on it moves all of them at once, so it is
 * held back harder than a word, which moves only the comments that use it. Two "neutral → oppose"
 * labels must not turn every neutral comment of the dump into "oppose".
 */
const L2_RULE = 0.3;
/**
 * A word in more than this share of a dump's comments is its topic ("putin" under a Putin story),
 * not a position: it would act as a second bias and flip half the dump after two labels.
 */
const TOPIC_SHARE = 0.2;
const EPOCHS = 150;
const RATE = 0.5;
/** Three labels share the probability: a learned label must hold at least this much of it to replace the rules'. */
const MIN_CONFIDENCE = 0.4;
const WORDS_SHOWN = 3;

function prior(label: StanceLabel, feature: string): number {
  return feature === `${RULE_PREFIX}${label}` ? RULE_PRIOR : 0;
}

function logits(model: Record<StanceLabel, Map<string, number>>, x: Features): number[] {
  return STANCE_LABELS.map((c) => {
    let z = 0;
    for (const [f, v] of x) z += (model[c].get(f) ?? prior(c, f)) * v;
    return z;
  });
}

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/**
 * Multinomial logistic regression over words and the rules' reading, fitted by full-batch gradient
 * descent on the reader's labels of one dump. Deterministic: the same labels give the same model.
 */
function trainStance(
  examples: readonly { readonly input: LearnInput; readonly label: StanceLabel }[],
  topic: ReadonlySet<string> = new Set(),
): StanceModel {
  const weights: Record<StanceLabel, Map<string, number>> = {
    support: new Map(),
    oppose: new Map(),
    neutral: new Map(),
  };
  const xs = examples.map((e) => featuresOf(e.input, topic));
  const seen = new Set<string>();
  for (const x of xs) for (const f of x.keys()) seen.add(f);
  for (const c of STANCE_LABELS) for (const f of seen) weights[c].set(f, prior(c, f));
  const n = Math.max(1, examples.length);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const grad: Record<StanceLabel, Map<string, number>> = {
      support: new Map(),
      oppose: new Map(),
      neutral: new Map(),
    };
    xs.forEach((x, i) => {
      const p = softmax(logits(weights, x));
      STANCE_LABELS.forEach((c, k) => {
        const err = (p[k] ?? 0) - (examples[i]?.label === c ? 1 : 0);
        for (const [f, v] of x) grad[c].set(f, (grad[c].get(f) ?? 0) + err * v);
      });
    });
    for (const c of STANCE_LABELS) {
      for (const f of seen) {
        const w = weights[c].get(f) ?? 0;
        const l2 = f.startsWith(RULE_PREFIX) || f.startsWith('tone:') ? L2_RULE : L2;
        const g = (grad[c].get(f) ?? 0) / n + l2 * (w - prior(c, f));
        weights[c].set(f, w - RATE * g);
      }
    }
  }
  return { weights, topic };
}

/**
 * The model's label for one comment, or null when it keeps the rules' label (or is not sure enough
 * to change it): a learned label exists only where the reader's teaching changed something.
 */
function predictStance(model: StanceModel, input: LearnInput): LearnedStance | null {
  const weights = model.weights as Record<StanceLabel, Map<string, number>>;
  const x = featuresOf(input, model.topic);
  const p = softmax(logits(weights, x));
  let best = 0;
  for (let k = 1; k < p.length; k += 1) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
  const label = STANCE_LABELS[best] ?? 'neutral';
  const confidence = p[best] ?? 0;
  if (label === input.machine.label || confidence < MIN_CONFIDENCE) return null;
  const machine = input.machine.label;
  const w = (c: StanceLabel, f: string) => weights[c].get(f) ?? prior(c, f);
  // What moved the comment from the rules' label to this one: each feature's share of the gap.
  const named = [...x]
    .filter(([f]) => !f.startsWith(RULE_PREFIX))
    .map(([f, v]) => ({ f, pull: (w(label, f) - w(machine, f)) * v }))
    .filter((c) => c.pull > 0.05)
    .sort((a, b) => b.pull - a.pull || a.f.localeCompare(b.f))
    // "tone:negative (neutral by the rules)" is shown as what it is to a reader: "negative tone".
    .map((c) => (c.f.startsWith('tone:') ? `${c.f.slice(5).split(' ')[0] ?? ''} tone` : c.f));
  const words = [...new Set(named)].slice(0, WORDS_SHOWN);
  return { label, confidence: Math.round(confidence * 100) / 100, words };
}

/**
 * Trains on the reader's labels of one dump and re-labels every other comment of it: index → learned
 * label (absent where the rules' label stands or the reader labelled it). Nothing is learned from
 * fewer than two labels.
 */
export function learnStance(
  inputs: readonly LearnInput[],
  readerLabels: ReadonlyMap<number, StanceLabel>,
): Map<number, LearnedStance> {
  const learned = new Map<number, LearnedStance>();
  const examples = [...readerLabels].flatMap(([i, label]) => {
    const input = inputs[i];
    return input ? [{ input, label }] : [];
  });
  if (examples.length < 2) return learned;
  const model = trainStance(examples, topicWords(inputs));
  inputs.forEach((input, i) => {
    if (readerLabels.has(i)) return;
    const guess = predictStance(model, input);
    if (guess) learned.set(i, guess);
  });
  return learned;
}
