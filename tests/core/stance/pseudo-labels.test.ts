import { describe, expect, it } from 'vitest';
import { pseudoLabels } from '../../../src/core/stance/pseudo-labels.ts';
import type { LearnInput } from '../../../src/core/stance/stance-features.ts';
import type { Stance } from '../../../src/core/types.ts';

const input = (machine: Stance): LearnInput => ({ body: 'x', machine });
const inputs: LearnInput[] = [
  input({ label: 'oppose', score: -0.8, cues: ['a sham'] }),
  input({ label: 'support', score: 0.35, cues: ['welcomes the move'] }),
  input({ label: 'neutral', score: 0, cues: [] }),
  input({ label: 'neutral', score: 0.1, cues: ['positive about "deal": "good"'] }),
  input({ label: 'support', score: 0.9, cues: ['talking beats war'] }),
];
const opts = { pseudoMinScore: 0.5, pseudoMax: 300, pseudoNeutralWeight: 0.1 };

describe('pseudoLabels', () => {
  it('should take confident verdicts and cue-less neutrals, never a comment the reader labelled', () => {
    expect(pseudoLabels(inputs, new Map([[4, 'oppose']]), opts)).toEqual([0, 2]);
  });

  it('should leave cue-less neutrals out when they carry no weight', () => {
    expect(pseudoLabels(inputs, new Map(), { ...opts, pseudoNeutralWeight: 0 })).toEqual([0, 4]);
  });

  it('should spread at most pseudoMax of them evenly over the dump', () => {
    const many = Array.from({ length: 100 }, () => inputs[0] as LearnInput);
    const picked = pseudoLabels(many, new Map(), { ...opts, pseudoMax: 10 });
    expect(picked).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });
});
