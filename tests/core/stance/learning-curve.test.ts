import { describe, expect, it } from 'vitest';
import { learningCurve } from '../../../src/core/stance/learning-curve.ts';
import type { StanceLabel } from '../../../src/core/types.ts';

// The rules read everything as neutral; the gold labels follow words the reader can teach, each
// used by few enough comments not to count as the dump's topic.
const OPPOSE = ['appeasement', 'betrayal', 'capitulation'];
const SUPPORT = ['détente', 'dialogue', 'diplomacy'];
const NEUTRAL = ['weather', 'paywall', 'typo'];
const items = Array.from({ length: 45 }, (_, i) => {
  const gold: StanceLabel = i % 3 === 0 ? 'oppose' : i % 3 === 1 ? 'support' : 'neutral';
  const pick = Math.floor(i / 3) % 3;
  const word = (gold === 'oppose' ? OPPOSE : gold === 'support' ? SUPPORT : NEUTRAL)[pick];
  const body = `${word ?? ''} item${i}`;
  return { input: { body, machine: { label: 'neutral' as const, score: 0, cues: [] } }, gold };
});

describe('learningCurve', () => {
  it('should start at the rules’ figure and rise as simulated reader labels teach the words', () => {
    const [none, fifteen] = learningCurve(items, [0, 15], 3);
    expect(none?.othersMacroF1).toBeCloseTo(none?.seenMacroF1 ?? -1);
    expect(fifteen?.othersMacroF1 ?? 0).toBeGreaterThan((none?.othersMacroF1 ?? 1) + 0.3);
  });

  it('should give the same figures for the same seed', () => {
    expect(learningCurve(items, [10], 2, 7)).toEqual(learningCurve(items, [10], 2, 7));
  });
});
