import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation, majorityLabel } from '../../../src/core/stance/evaluate.ts';
import type { StanceLabel } from '../../../src/core/types.ts';

describe('evaluate', () => {
  it('should compute the confusion matrix, per-class F1 and macro-F1 of a worked example', () => {
    const gold: StanceLabel[] = ['support', 'support', 'oppose', 'oppose', 'neutral', 'neutral'];
    const pred: StanceLabel[] = ['support', 'oppose', 'oppose', 'oppose', 'neutral', 'support'];
    const e = evaluate(gold, pred);
    expect(e.confusion.support).toEqual({ support: 1, oppose: 1, neutral: 0 });
    expect(e.perClass.support.f1).toBeCloseTo(0.5); // P 1/2, R 1/2
    expect(e.perClass.oppose.f1).toBeCloseTo(0.8); // P 2/3, R 1
    expect(e.perClass.neutral.f1).toBeCloseTo(2 / 3); // P 1, R 1/2
    expect(e.macroF1).toBeCloseTo((0.5 + 0.8 + 2 / 3) / 3);
    expect(e.accuracy).toBeCloseTo(4 / 6);
  });

  it('should leave out of macro-F1 a class absent from both gold and predictions', () => {
    const e = evaluate(['support', 'neutral'], ['support', 'neutral']);
    expect(e.macroF1).toBe(1);
  });

  it('should score the majority baseline as the data dictates', () => {
    const gold: StanceLabel[] = ['oppose', 'oppose', 'oppose', 'support'];
    expect(majorityLabel(gold)).toBe('oppose');
    const e = evaluate(
      gold,
      gold.map(() => 'oppose'),
    );
    expect(e.macroF1).toBeCloseTo((2 * 0.75) / 1.75 / 2);
    expect(formatEvaluation('x', e)).toContain('macro-F1=0.429');
  });
});
