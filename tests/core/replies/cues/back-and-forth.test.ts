import { describe, expect, it } from 'vitest';
import { backAndForth } from '../../../../src/core/replies/cues/back-and-forth.ts';

describe('backAndForth', () => {
  it('should hold when the reply author wrote the candidate’s parent', () => {
    expect(backAndForth('nathan', 'nathan')).toBe(true);
  });

  it('should not hold for another author or an unknown one', () => {
    expect(backAndForth('nathan', 'lou')).toBe(false);
    expect(backAndForth(null, null)).toBe(false);
  });
});
