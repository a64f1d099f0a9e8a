import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordCounter, wordCounts } from '../../../src/core/stats/word-counts.ts';
import { normalizeTerm } from '../../../src/core/search/normalize-term.ts';
import { searchTokens } from '../../../src/core/search/search-tokens.ts';
import { STOPWORDS } from '../../../src/core/stats/stopwords.ts';
import { awkwardText } from '../support/awkward-text.ts';

/** The counting as the search reads words, token by token: what the fast path must agree with. */
function byTokens(texts: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const text of texts) {
    for (const token of searchTokens(text)) {
      const word = normalizeTerm(token);
      if (word.length < 2 || STOPWORDS.has(word) || !/\p{L}/u.test(word)) continue;
      out[word] = (out[word] ?? 0) + 1;
    }
  }
  return out;
}

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

  it('should read a word that ends a text, and a number joined to letters as one word', () => {
    expect(Object.fromEntries(wordCounts(['G20 summit', 'Putin']).counts)).toEqual({
      g20: 1,
      summit: 1,
      putin: 1,
    });
  });

  it('should count any text as the search reads it, word by word', () => {
    const text = awkwardText([
      fc.constantFrom('the ', 'Putin ', 'talks', "don't ", 'I’m ', 'Détente'),
    ]);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        const counted = wordCounts(texts);
        const expected = byTokens(texts);
        expect(Object.fromEntries(counted.counts)).toEqual(expected);
        expect(counted.total).toBe(Object.values(expected).reduce((s, n) => s + n, 0));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('createWordCounter', () => {
  it('should count texts added one at a time as wordCounts counts them together', () => {
    const texts = ['Sanctions now.', 'Naïve talks', 'Straße talks, Σωκράτης'];
    const counter = createWordCounter();
    for (const t of texts) counter.add(t);
    expect(counter.result()).toEqual(wordCounts(texts));
    expect(counter.result().counts.get('talks')).toBe(2);
  });
});
