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

  it('should match a whole word family, not only the forms listed', () => {
    for (const s of ['they keep agreeing on nothing', 'the negotiators left', 'treaties matter']) {
      expect(targetTerms(s)?.weight, s).toBe(1);
    }
    expect(targetTerms('normalisation of relations')?.weight).toBe(1);
    expect(targetTerms('according to the report')).toBeNull();
  });

  it('should not count "talking about" as talks', () => {
    expect(targetTerms('everyone is talking about the weather')).toBeNull();
    expect(targetTerms('the talks resume monday')?.term).toBe('talks');
  });

  it('should find two-word names of the engagement and other pairs of governments', () => {
    expect(targetTerms('they shook hands at the dmz')?.term).toBe('shook hands');
    expect(targetTerms('nixon flew to beijing')).toEqual({ weight: 0.7, term: 'nixon + beijing' });
  });

  it('should not treat one leader alone as the target', () => {
    expect(targetTerms('trump is a liar')).toBeNull();
    expect(targetTerms('putin likes gardening')).toBeNull();
  });
});
