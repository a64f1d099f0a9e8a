import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../src/core/search/fold-words.ts';
import { isPlainText } from '../../../src/core/search/is-plain-text.ts';

describe('isPlainText', () => {
  it('should take ASCII with typed punctuation as plain, and a letter beyond ASCII as not', () => {
    expect(isPlainText('Don’t — “never” … again\u00a0now.')).toBe(true);
    expect(isPlainText('A café in Moscow')).toBe(false);
    expect(isPlainText('Putin👍')).toBe(false);
  });

  it('should hold every plain text to what the search makes of it: its letter and digit runs, lower-cased', () => {
    // Every character a plain text may hold, so each separator and each letter is met.
    const plainChar = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x2010, max: 0x2029 }).map((c) => String.fromCharCode(c)),
      fc.constant('\u00a0'),
    );
    fc.assert(
      fc.property(fc.array(plainChar, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(isPlainText(text)).toBe(true);
        expect(foldWords(text)).toEqual(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
      }),
      { numRuns: 3000 },
    );
  });
});
