import { describe, expect, it } from 'vitest';
import { neutralTrust } from '../../../src/core/stance/rule-trust.ts';
import type { LearnInput } from '../../../src/core/stance/stance-features.ts';
import type { StanceLabel } from '../../../src/core/types.ts';

const noCue: LearnInput = { body: 'x', machine: { label: 'neutral', score: 0, cues: [] } };
const cued: LearnInput = { body: 'y', machine: { label: 'oppose', score: -0.6, cues: ['doubt'] } };

describe('neutralTrust', () => {
  it('should start at the prior before the reader labels a no-cue comment', () => {
    expect(neutralTrust([noCue, cued], new Map([[1, 'support' as StanceLabel]]), 0.7)).toBe(0.7);
  });

  it('should fall as the reader calls no-cue comments positions, but not to 0 at once', () => {
    const reader = new Map<number, StanceLabel>([
      [0, 'oppose'],
      [1, 'support'],
    ]);
    const trust = neutralTrust([noCue, noCue], reader, 0.7);
    expect(trust).toBeCloseTo(0.35);
    expect(trust).toBeGreaterThan(0);
  });

  it('should rise as the reader agrees with them', () => {
    const reader = new Map<number, StanceLabel>([
      [0, 'neutral'],
      [1, 'neutral'],
    ]);
    expect(neutralTrust([noCue, noCue], reader, 0.7)).toBeCloseTo(0.85);
  });
});
