import { describe, expect, it } from 'vitest';
import { youPastReaction } from '../../../../src/core/replies/cues/you-past-reaction.ts';
import type { ReplyGuess } from '../../../../src/core/types.ts';
import { dumpOf } from '../support/dump-of.ts';

const under = (parentIndex: number): ReplyGuess => ({ parentIndex, confidence: 0.8, reason: '' });

describe('youPastReaction', () => {
  it('should give the comment a bare "Exactly." right above took up', () => {
    const dump = dumpOf(
      'Pool Hours Cut',
      ['Ida', 'The lifeguards should be on the stands, not in the office.'],
      ['Raj', 'Exactly.'],
    );
    expect(youPastReaction(dump, [null, under(0)], 1)).toBe(0);
  });

  it('should give nothing when the comment above says more than a reaction', () => {
    const dump = dumpOf(
      'Pool Hours Cut',
      ['Ida', 'The lifeguards should be on the stands, not in the office.'],
      [
        'Raj',
        'Exactly, and the office should be staffed by the parks department instead, as it was until last year.',
      ],
    );
    expect(youPastReaction(dump, [null, under(0)], 1)).toBeNull();
  });
});
