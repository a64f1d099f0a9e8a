// The CI gate of the stance classifier: macro-F1 on each labelled set, computed by the same code as
// `npm run eval:stance`, must not fall more than 0.05 below what was measured when the floors were set.
import { describe, expect, it } from 'vitest';
import { formatEvaluation } from '../../src/core/stance/evaluate.ts';
import { DEV_SET, HELD_OUT_SET, stanceSets } from '../../scripts/stance-sets.ts';

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
  [HELD_OUT_SET]: 0.425,
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
  });

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
