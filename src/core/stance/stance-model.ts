import type { StanceLabel } from '../types.ts';
import { STANCE_LABELS } from './stance-labels.ts';

/** A comment as the trainer sees it: feature ids and their values, same length. */
export interface SparseVector {
  readonly ids: readonly number[];
  readonly values: readonly number[];
}

export interface Example {
  readonly x: SparseVector;
  readonly label: StanceLabel;
  /** How much this example counts: a reader's label outweighs a pseudo-label taken from the rules. */
  readonly weight: number;
}

export interface ModelShape {
  /** Feature count; ids run from 0 to size − 1. */
  readonly size: number;
  /** prior[k * size + f]: where each weight starts and what L2 pulls it back to. */
  readonly prior: Float64Array;
  /** Per-feature L2 strength. */
  readonly l2: Float64Array;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly rate: number;
}

const K = STANCE_LABELS.length;

/** Logits of each label for one comment, under weights laid out as [label][feature]. */
export function logitsOf(w: Float64Array, size: number, x: SparseVector): number[] {
  const z: number[] = [];
  for (let k = 0; k < K; k += 1) {
    let s = 0;
    for (let j = 0; j < x.ids.length; j += 1)
      s += (w[k * size + (x.ids[j] ?? 0)] ?? 0) * (x.values[j] ?? 0);
    z.push(s);
  }
  return z;
}

export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/**
 * Weighted multinomial logistic regression, full-batch gradient descent from the prior, with L2 on
 * the distance from it. Deterministic: the same examples in the same order give the same weights.
 */
export function train(
  shape: ModelShape,
  examples: readonly Example[],
  opts: TrainOptions,
): Float64Array {
  const { size, prior, l2 } = shape;
  const w = Float64Array.from(prior);
  const grad = new Float64Array(w.length);
  const total = Math.max(
    1,
    examples.reduce((s, e) => s + e.weight, 0),
  );
  const targets = examples.map((e) => STANCE_LABELS.indexOf(e.label));
  for (let epoch = 0; epoch < opts.epochs; epoch += 1) {
    grad.fill(0);
    examples.forEach((e, i) => {
      const p = softmax(logitsOf(w, size, e.x));
      for (let k = 0; k < K; k += 1) {
        const err = (((p[k] ?? 0) - (targets[i] === k ? 1 : 0)) * e.weight) / total;
        for (let j = 0; j < e.x.ids.length; j += 1) {
          const at = k * size + (e.x.ids[j] ?? 0);
          grad[at] = (grad[at] ?? 0) + err * (e.x.values[j] ?? 0);
        }
      }
    });
    for (let k = 0; k < K; k += 1) {
      for (let f = 0; f < size; f += 1) {
        const at = k * size + f;
        const g = (grad[at] ?? 0) + (l2[f] ?? 0) * ((w[at] ?? 0) - (prior[at] ?? 0));
        w[at] = (w[at] ?? 0) - opts.rate * g;
      }
    }
  }
  return w;
}
