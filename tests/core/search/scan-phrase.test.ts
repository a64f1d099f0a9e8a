import { describe, expect, it } from 'vitest';
import { scanPhrase } from '../../../src/core/search/scan-phrase.ts';

const closed = (...tokens: string[]) => ({ tokens, open: false });

describe('scanPhrase', () => {
  it('should read words across any separator, emoji and typographic punctuation included', () => {
    expect(scanPhrase('Détente 😀 — “now”', closed('detente', 'now'))).toBe(true);
    expect(scanPhrase('Détente later, now', closed('detente', 'now'))).toBe(false);
  });

  it('should fold a word written with a combining accent and skip one that folds to nothing', () => {
    expect(scanPhrase('Cafe\u0301 \u0301 society', closed('cafe', 'society'))).toBe(true);
  });

  it('should compare an ASCII word in place, whatever its case, and only whole', () => {
    expect(scanPhrase('Über THE DEAL', closed('the', 'deal'))).toBe(true);
    expect(scanPhrase('Über THE DEALS', closed('the', 'deal'))).toBe(false);
    expect(scanPhrase('Über THE DEALS', { tokens: ['the', 'deal'], open: true })).toBe(true);
  });

  it('should find a phrase that starts over inside a partial match', () => {
    expect(scanPhrase('é the the deal', closed('the', 'deal'))).toBe(true);
    expect(scanPhrase('é a a b', closed('a', 'b'))).toBe(true);
  });
});
