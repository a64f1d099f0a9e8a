import { describe, expect, it } from 'vitest';
import { replyLabel } from '../../../src/core/stance/reply-labels.ts';
import type { LearnInput } from '../../../src/core/stance/stance-features.ts';

const reply = (cues: string[]): LearnInput => ({
  body: 'Exactly.',
  machine: { label: 'support', score: 0.5, cues },
});

describe('replyLabel', () => {
  it('should take the parent’s label on agreement and name the agreeing words', () => {
    expect(replyLabel(reply(['agrees: "exactly"']), 'oppose')).toEqual({
      label: 'oppose',
      words: ['exactly'],
    });
    expect(replyLabel(reply(['agrees with Marta']), 'neutral')).toEqual({
      label: 'neutral',
      words: ['agrees with Marta'],
    });
  });

  it('should take the opposite label on disagreement, and none under a neutral parent', () => {
    expect(replyLabel(reply(['disagrees: "nope"']), 'support')?.label).toBe('oppose');
    expect(replyLabel(reply(['disagrees: "nope"']), 'neutral')).toBeNull();
  });

  it('should leave alone a reply with cues of its own or no agreement at all', () => {
    expect(replyLabel(reply(['agrees: "exactly"', 'talking beats war']), 'oppose')).toBeNull();
    expect(replyLabel(reply(['a sham']), 'support')).toBeNull();
    expect(replyLabel(reply([]), 'support')).toBeNull();
  });
});
