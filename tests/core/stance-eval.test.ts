// The CI gate of the stance classifier: macro-F1 on each labelled set, computed by the same code as
// `npm run eval:stance`, must not fall more than 0.05 below what was measured when the floors were set.
import { describe, expect, it } from 'vitest';
import { formatEvaluation } from '../../src/core/stance/evaluate.ts';
import { curveOf } from '../../scripts/stance-curve.ts';
import {
  DEV_2_SET,
  DEV_SET,
  HELD_OUT_2_SET,
  HELD_OUT_SET,
  stanceSets,
} from '../../scripts/stance-sets.ts';

/**
 * Measured macro-F1 (npm run eval:stance) when the classifier was last changed; the gate is −0.05.
 * The dev set was tuned on, so its figure flatters the classifier; the held-out set was written
 * before the second round of rules and scored once afterwards — that is the honest figure.
 */
const REACHED: Record<string, number> = {
  'seed nyt': 0.739,
  'seed indented': 0.832,
  'seeds combined': 0.759,
  [DEV_SET]: 0.924,
  [HELD_OUT_SET]: 0.44,
  [DEV_2_SET]: 0.876,
  // Written before the issue-13 rules; scored once after them (0.513 before).
  [HELD_OUT_2_SET]: 0.642,
};
const TOLERANCE = 0.05;

describe('stance evaluation', () => {
  const sets = stanceSets();
  // The same figures as `npm run eval:stance`, so the CI log shows them.
  for (const set of sets) console.log(formatEvaluation(set.name, set.model));

  it('should label every comment of both seeds and of both written sets', () => {
    const sizes = Object.fromEntries(sets.map((s) => [s.name, s.items.length]));
    expect(sizes['seed nyt']).toBe(135);
    expect(sizes['seed indented']).toBe(24);
    expect(sizes[DEV_SET]).toBe(50);
    expect(sizes[HELD_OUT_SET]).toBeGreaterThanOrEqual(60);
    expect(sizes[DEV_2_SET]).toBe(90);
    expect(sizes[HELD_OUT_2_SET]).toBeGreaterThanOrEqual(150);
  });

  // Trains 40 models: slow on a shared two-core machine, so a generous limit.
  it(
    'should not let 40 reader labels make the other held-out comments worse',
    { timeout: 60_000 },
    () => {
      const set = sets.find((s) => s.name === HELD_OUT_2_SET);
      expect(set).toBeDefined();
      if (!set) return;
      const curve = curveOf(set);
      console.log(curve);
      const [none, , , forty] = curve;
      // Measured 0.642 → 0.668 on the others after 40 labels; the reader's own labels count on top.
      expect(forty?.othersMacroF1 ?? 0).toBeGreaterThanOrEqual((none?.othersMacroF1 ?? 1) - 0.01);
      expect(forty?.seenMacroF1 ?? 0).toBeGreaterThan((none?.seenMacroF1 ?? 1) + 0.05);
    },
  );

  for (const name of Object.keys(REACHED)) {
    it(`should keep macro-F1 on "${name}" within ${TOLERANCE} of the level reached`, () => {
      const set = sets.find((s) => s.name === name);
      expect(set).toBeDefined();
      expect(set?.model.macroF1 ?? 0).toBeGreaterThanOrEqual((REACHED[name] ?? 1) - TOLERANCE);
      // Beating "always the majority label" is the least a classifier must do.
      expect(set?.model.macroF1 ?? 0).toBeGreaterThan(set?.baseline.macroF1 ?? 1);
    });
  }
});
