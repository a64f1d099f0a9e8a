import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asPlainText } from '../../../src/core/search/as-plain-text.ts';
import { foldWords } from '../../../src/core/search/fold-words.ts';
import { isPlainText } from '../../../src/core/search/is-plain-text.ts';
import { awkwardText } from '../support/awkward-text.ts';

describe('asPlainText', () => {
  it('should write accented letters, ligatures and compatibility letters as the search folds them', () => {
    expect(asPlainText('Café in Zürich — “ﬁne”')).toBe('Cafe in Zurich — “fine”');
    expect(asPlainText('İstanbul, \u212Aelvin')).toBe('istanbul, kelvin');
    expect(asPlainText('Already plain.')).toBe('Already plain.');
  });

  it('should give up on a character that does not fold alone to letters or digits', () => {
    // A symbol that folds to letters ("™" → "tm") still separates words; the rest have no ASCII fold.
    for (const text of ['Brand™ name', 'Straße', 'Σωκράτης', 'e\u0301', 'Putin👍', 'x\ud800']) {
      expect(asPlainText(text)).toBeNull();
    }
  });

  it('should keep the words the search reads from any text it makes plain', () => {
    fc.assert(
      fc.property(awkwardText(), (text) => {
        const plain = asPlainText(text);
        if (plain === null) return;
        expect(isPlainText(plain)).toBe(true);
        expect(foldWords(plain)).toEqual(foldWords(text));
      }),
      { numRuns: 5000 },
    );
  });
});
