// The learning curve of the reader-taught model on a labelled set, shared by `npm run eval:stance`
// and tests/core/stance-eval.test.ts.
import { learningCurve, type CurvePoint } from '../src/core/stance/learning-curve.ts';
import { HELD_OUT_SET, type StanceSet } from './stance-sets.ts';

export const CURVE_SIZES = [0, 10, 20, 40] as const;
/** Random reader orders averaged per point; fixed seed, so every run prints the same figures. */
export const CURVE_ORDERS = 10;

export function curveOf(set: StanceSet): CurvePoint[] {
  const items = set.items.map((i) => ({
    input: { body: i.text, machine: i.machine },
    gold: i.gold,
  }));
  return learningCurve(items, CURVE_SIZES, CURVE_ORDERS);
}

export function formatCurve(name: string, points: readonly CurvePoint[]): string {
  const cells = points.map(
    (p) => `${p.labels}: ${p.othersMacroF1.toFixed(3)} (all ${p.seenMacroF1.toFixed(3)})`,
  );
  return `  ${name} (others' macro-F1, whole set in brackets): ${cells.join('  ')}`;
}

/**
 * A set's name in the curve's output. The learner's options were tuned on the curves of every set
 * but held-out 2 (scripts/tune-learner.ts), the first held-out set included: its curve flatters
 * the learner, though the rules were never tuned on it.
 */
export function curveName(name: string): string {
  return name === HELD_OUT_SET ? 'first held-out (learner tuned on it)' : name;
}
