import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasFoldedPhrase, hasPhrase } from '../../../src/core/search/has-phrase.ts';

const closed = (...tokens: string[]) => ({ tokens, open: false });
const open = (...tokens: string[]) => ({ tokens, open: true });

describe('hasPhrase', () => {
  it('should find the words side by side and in order, across punctuation and case', () => {
    expect(hasPhrase('They want a Regime — change, again.', closed('regime', 'change'))).toBe(true);
    expect(hasPhrase('Change the regime.', closed('regime', 'change'))).toBe(false);
    expect(hasPhrase('regime and change', closed('regime', 'change'))).toBe(false);
  });

  it('should match whole words only in a closed phrase', () => {
    expect(hasPhrase('regime changes', closed('regime', 'change'))).toBe(false);
    expect(hasPhrase('regimes change', closed('regime', 'change'))).toBe(false);
    expect(hasPhrase('Sanctions work.', closed('sanctions'))).toBe(true);
    expect(hasPhrase('Sanction them.', closed('sanctions'))).toBe(false);
  });

  it('should let the last word of an open phrase be the start of one', () => {
    expect(hasPhrase('regime changes', open('regime', 'ch'))).toBe(true);
    expect(hasPhrase('regimes changes', open('regime', 'ch'))).toBe(false);
  });

  it('should fold accents and width as the index does', () => {
    expect(hasPhrase('Une vraie Détente', closed('vraie', 'detente'))).toBe(true);
  });

  it('should find a phrase at the very end and not past it', () => {
    expect(hasPhrase('end of the deal', closed('the', 'deal'))).toBe(true);
    expect(hasPhrase('the', closed('the', 'deal'))).toBe(false);
  });

  it('should answer as splitting and folding every word would, on any text (its fast paths)', () => {
    const word = fc.constantFrom(
      'the',
      'deal',
      'The',
      'DEAL',
      'deals',
      'a',
      'x1',
      'théa',
      'THÉA',
      'the\u0301a',
      'ΟΔΟΣ',
      'οδος',
      '½',
      'ﬁnal',
    );
    const gap = fc.constantFrom(
      ' ',
      ', ',
      '—',
      ' “',
      '” ',
      '’',
      '…',
      '\u00a0',
      '-',
      "'",
      ' 😀 ',
      '№',
      ' \u0301 ',
      '_',
    );
    const text = fc
      .array(fc.tuple(word, gap), { maxLength: 12 })
      .map((parts) => parts.flat().join(''));
    const phrase = fc.record({
      tokens: fc.array(
        fc.constantFrom('the', 'deal', 'deals', 'a', 'x1', 'de', 'thea', 'οδος', 'οδοσ', 'final'),
        { minLength: 1, maxLength: 3 },
      ),
      open: fc.boolean(),
    });
    fc.assert(
      fc.property(text, phrase, (t, p) => {
        expect(hasPhrase(t, p)).toBe(hasFoldedPhrase(t, p));
      }),
      { numRuns: 3000 },
    );
  });
});
