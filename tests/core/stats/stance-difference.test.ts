import { describe, expect, it } from 'vitest';
import {
  newcombeDifference,
  stanceDifference,
  wilson,
} from '../../../src/core/stats/stance-difference.ts';

describe('stanceDifference', () => {
  it('should reproduce Newcombe (1998), example (a): 56/70 − 48/80 = 0.2, CI 0.0524 to 0.3339', () => {
    const d = newcombeDifference(56, 70, 48, 80);
    expect(d?.estimate).toBeCloseTo(0.2, 10);
    expect(d?.low).toBeCloseTo(0.0524, 4);
    expect(d?.high).toBeCloseTo(0.3339, 4);
  });

  it('should give Wilson intervals that stay inside [0, 1] at 0 of n', () => {
    const w = wilson(0, 10);
    expect(w?.low).toBe(0);
    expect(w?.high).toBeCloseTo(0.2775, 4);
    expect(wilson(0, 0)).toBeNull();
  });

  it('should give each label’s shares and difference, null when a side is empty', () => {
    const rows = stanceDifference(
      { support: 1, oppose: 2, neutral: 1 },
      { support: 0, oppose: 0, neutral: 0 },
    );
    expect(rows.map((r) => [r.label, r.shareA, r.difference])).toEqual([
      ['support', 0.25, null],
      ['oppose', 0.5, null],
      ['neutral', 0.25, null],
    ]);
  });

  it('should keep the difference inside [−1, 1] at the extremes', () => {
    const d = newcombeDifference(10, 10, 0, 10);
    expect(d?.estimate).toBe(1);
    expect(d?.high).toBeLessThanOrEqual(1);
    expect(d?.low).toBeGreaterThan(0);
  });
});
