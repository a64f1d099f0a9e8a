import { describe, expect, it } from 'vitest';
import { searchPhrases } from '../../../src/core/search/search-phrases.ts';

describe('searchPhrases', () => {
  it('should read a quoted phrase apart from the other words', () => {
    expect(searchPhrases('sanctions "Regime Change" now')).toEqual({
      loose: 'sanctions   now',
      phrases: [{ tokens: ['regime', 'change'], open: false }],
    });
  });

  it('should read typographic quotes as phones type them, and a quoted word alone', () => {
    expect(searchPhrases('“useful idiot”')).toEqual({
      loose: null,
      phrases: [{ tokens: ['useful', 'idiot'], open: false }],
    });
    expect(searchPhrases('"sanctions"').phrases).toEqual([{ tokens: ['sanctions'], open: false }]);
  });

  it('should run an unclosed quote to the end, as an open phrase from its second word', () => {
    expect(searchPhrases('putin "regime ch')).toEqual({
      loose: 'putin ',
      phrases: [{ tokens: ['regime', 'ch'], open: true }],
    });
    expect(searchPhrases('"regi')).toEqual({ loose: ' regi', phrases: [] });
  });

  it('should find no phrase in a search without quotes or with empty ones', () => {
    expect(searchPhrases('regime change')).toEqual({ loose: 'regime change', phrases: [] });
    expect(searchPhrases('regime ""').phrases).toEqual([]);
    expect(searchPhrases('"')).toEqual({ loose: null, phrases: [] });
  });

  it('should fold a phrase as the index folds words', () => {
    expect(searchPhrases('"Détente, now!"').phrases[0]?.tokens).toEqual(['detente', 'now']);
  });
});
