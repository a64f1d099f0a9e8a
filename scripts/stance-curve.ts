// The learning curve of the reader-taught model on a labelled set, shared by `npm run eval:stance`
// and tests/core/stance-eval.test.ts.
import { learningCurve, type CurvePoint } from '../src/core/stance/learning-curve.ts';
import type { StanceSet } from './stance-sets.ts';

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
