import type { StanceLabel } from '../types.ts';
import { STANCE_LABELS } from './stance-labels.ts';

export interface ClassScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold items of this class. */
  readonly support: number;
}

export interface Evaluation {
  readonly n: number;
  /** confusion[gold][predicted] counts. */
  readonly confusion: Readonly<Record<StanceLabel, Readonly<Record<StanceLabel, number>>>>;
  readonly perClass: Readonly<Record<StanceLabel, ClassScore>>;
  /**
   * Unweighted mean of per-class F1 over the classes present in gold or predictions (as scikit-learn
   * does): a set with no `oppose` comment, predicted none, is not marked down for it.
   */
  readonly macroF1: number;
  readonly accuracy: number;
}

function emptyRow(): Record<StanceLabel, number> {
  return { support: 0, oppose: 0, neutral: 0 };
}

/** Confusion matrix, per-class precision/recall/F1 and macro-F1 over paired gold and predicted labels. */
export function evaluate(
  gold: readonly StanceLabel[],
  predicted: readonly StanceLabel[],
): Evaluation {
  const confusion = { support: emptyRow(), oppose: emptyRow(), neutral: emptyRow() };
  const n = Math.min(gold.length, predicted.length);
  let correct = 0;
  for (let i = 0; i < n; i += 1) {
    const g = gold[i] as StanceLabel;
    const p = predicted[i] as StanceLabel;
    confusion[g][p] += 1;
    if (g === p) correct += 1;
  }
  const perClass = {} as Record<StanceLabel, ClassScore>;
  for (const label of STANCE_LABELS) {
    const tp = confusion[label][label];
    const goldCount = STANCE_LABELS.reduce((s, p) => s + confusion[label][p], 0);
    const predCount = STANCE_LABELS.reduce((s, g) => s + confusion[g][label], 0);
    const precision = predCount === 0 ? 0 : tp / predCount;
    const recall = goldCount === 0 ? 0 : tp / goldCount;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[label] = { precision, recall, f1, support: goldCount };
  }
  const present = STANCE_LABELS.filter(
    (l) => perClass[l].support > 0 || STANCE_LABELS.some((g) => confusion[g][l] > 0),
  );
  const macroF1 =
    present.length === 0 ? 0 : present.reduce((s, l) => s + perClass[l].f1, 0) / present.length;
  return { n, confusion, perClass, macroF1, accuracy: n === 0 ? 0 : correct / n };
}

/** The most frequent gold label (ties broken in STANCE_LABELS order). */
export function majorityLabel(gold: readonly StanceLabel[]): StanceLabel {
  const counts = emptyRow();
  for (const g of gold) counts[g] += 1;
  return STANCE_LABELS.reduce((best, l) => (counts[l] > counts[best] ? l : best));
}

/** Plain-text report: confusion matrix, per-class F1, macro-F1 and accuracy. */
export function formatEvaluation(title: string, e: Evaluation): string {
  const pad = (s: string, w: number) => s.padStart(w);
  const lines = [
    `${title} (n=${e.n})`,
    `  gold \\ predicted  ${STANCE_LABELS.map((l) => pad(l, 8)).join('')}`,
  ];
  for (const g of STANCE_LABELS) {
    lines.push(
      `  ${g.padEnd(17)}${STANCE_LABELS.map((p) => pad(String(e.confusion[g][p]), 8)).join('')}`,
    );
  }
  for (const l of STANCE_LABELS) {
    const c = e.perClass[l];
    const predicted = STANCE_LABELS.some((g) => e.confusion[g][l] > 0);
    const absent = c.support === 0 && !predicted ? ' — absent, not in macro-F1' : '';
    lines.push(
      `  ${l.padEnd(8)} P=${c.precision.toFixed(2)} R=${c.recall.toFixed(2)} F1=${c.f1.toFixed(2)} (n=${c.support})${absent}`,
    );
  }
  lines.push(`  macro-F1=${e.macroF1.toFixed(3)}  accuracy=${e.accuracy.toFixed(3)}`);
  return lines.join('\n');
}
