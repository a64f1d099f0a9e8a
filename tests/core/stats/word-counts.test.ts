import { describe, expect, it } from 'vitest';
import { wordCounts } from '../../../src/core/stats/word-counts.ts';

describe('wordCounts', () => {
  it('should count words folded the way search folds them, without stopwords or numbers', () => {
    const { counts, total } = wordCounts(['The Sanctions on Russia, 2016!', 'sanctions and PUTIN']);
    expect(Object.fromEntries(counts)).toEqual({ sanctions: 2, russia: 1, putin: 1 });
    expect(total).toBe(4);
  });

  it('should fold accents and keep negations, which carry stance', () => {
    const { counts } = wordCounts(['Détente? Not now, never.']);
    expect(Object.fromEntries(counts)).toEqual({ detente: 1, not: 1, now: 1, never: 1 });
  });

  it('should give an empty count for no text', () => {
    expect(wordCounts([])).toEqual({ counts: new Map(), total: 0 });
  });
});
