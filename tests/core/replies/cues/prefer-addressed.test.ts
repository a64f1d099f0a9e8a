import { describe, expect, it } from 'vitest';
import { preferAddressed } from '../../../../src/core/replies/cues/prefer-addressed.ts';
import type { Scored } from '../../../../src/core/replies/cues/score-candidate.ts';

const above: Scored = {
  index: 40,
  score: 0.66,
  hits: [{ score: 0.66, reason: 'speaks to Stelian' }],
};
const joy: Scored = {
  index: 25,
  score: 0.6,
  hits: [{ score: 0.9, reason: 'addresses Joy by name', points: 'address' }],
};

describe('preferAddressed', () => {
  it('should answer the commenter the reply speaks to by name over a higher "you" score', () => {
    expect(preferAddressed(above, joy)).toBe(joy);
  });

  it('should keep a best guess that names or quotes its own commenter', () => {
    const quoted: Scored = {
      ...above,
      hits: [{ score: 0.9, reason: 'quotes Stelian', points: 'mention' }],
    };
    expect(preferAddressed(quoted, joy)).toBe(quoted);
  });

  it('should keep the best guess when no one is addressed', () => {
    expect(preferAddressed(above, null)).toBe(above);
  });
});
