import { describe, expect, it } from 'vitest';
import { searchPhrases } from '../../../src/core/search/search-phrases.ts';

describe('searchPhrases', () => {
  it('should read a quoted phrase and keep every word for the index', () => {
    expect(searchPhrases('sanctions "Regime Change" now')).toEqual({
      words: 'sanctions  Regime Change  now',
      loose: 'sanctions   now',
      phrases: [{ tokens: ['regime', 'change'], open: false }],
    });
  });

  it('should read typographic quotes as phones type them', () => {
    expect(searchPhrases('“useful idiot”').phrases).toEqual([
      { tokens: ['useful', 'idiot'], open: false },
    ]);
  });

  it('should run an unclosed quote to the end, as an open phrase', () => {
    expect(searchPhrases('putin "regime ch').phrases).toEqual([
      { tokens: ['regime', 'ch'], open: true },
    ]);
  });

  it('should find no phrase in a search without quotes or with empty ones', () => {
    expect(searchPhrases('regime change').phrases).toEqual([]);
    expect(searchPhrases('regime ""').phrases).toEqual([]);
    expect(searchPhrases('"').phrases).toEqual([]);
  });

  it('should fold a phrase as the index folds words', () => {
    expect(searchPhrases('"Détente, now!"').phrases[0]?.tokens).toEqual(['detente', 'now']);
  });
});
