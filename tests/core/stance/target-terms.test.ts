import { describe, expect, it } from 'vitest';
import { targetTerms } from '../../../src/core/stance/target-terms.ts';

describe('targetTerms', () => {
  it('should find the engagement itself at full weight', () => {
    expect(targetTerms('a cease-fire is better than nothing')).toEqual({
      weight: 1,
      term: 'cease-fire',
    });
    expect(targetTerms('they plan to normalize ties')?.weight).toBe(1);
  });

  it('should find the two sides named together at lower weight', () => {
    expect(targetTerms('trump trusts putin')).toEqual({ weight: 0.7, term: 'trump + putin' });
    expect(targetTerms('they are both very dangerous men')?.weight).toBe(0.7);
  });

  it('should not treat one leader alone as the target', () => {
    expect(targetTerms('trump is a liar')).toBeNull();
    expect(targetTerms('putin likes gardening')).toBeNull();
  });
});
