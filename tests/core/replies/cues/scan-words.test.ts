import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  foldWord,
  normalizeWords,
  splitWords,
} from '../../../../src/core/replies/cues/scan-words.ts';

/** The fold as first written, with regular expressions: the faster one must not differ. */
const regexFold = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.replace(/’/g, "'").replace(/'s$/, '');
};

describe('foldWord', () => {
  it('should fold case, curly apostrophes and a final possessive', () => {
    expect(foldWord('Gordon’s')).toBe('gordon');
    expect(foldWord("DON'T")).toBe("don't");
    expect(foldWord('rock’n’roll’s')).toBe("rock'n'roll");
    expect(foldWord("'s")).toBe('');
  });

  it('should fold as the regular expressions did, on any mix of letters and apostrophes', () => {
    const chars = fc.constantFrom('a', 'S', 's', "'", '’', 'İ', 'ß', 'x');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 8 }), (cs) => {
        const word = cs.join('');
        expect(foldWord(word)).toBe(regexFold(word));
      }),
    );
  });
});

describe('splitWords', () => {
  it('should keep inner apostrophes and drop possessives', () => {
    expect(splitWords('Gordon’s “rock’n’roll” isn’t 60%.')).toEqual([
      'gordon',
      "rock'n'roll",
      "isn't",
      '60',
    ]);
  });
});

describe('normalizeWords', () => {
  it('should join the folded words by single spaces, runs of plain words cut whole', () => {
    expect(normalizeWords('The Cat  sat. On the MAT’s edge, “Σ” é 9')).toBe(
      'the cat sat on the mat edge σ é 9',
    );
  });

  it('should give what joining splitWords gives, on any text', () => {
    const chars = fc.constantFrom(
      'a',
      'B',
      ' ',
      '  ',
      '\n',
      '.',
      "'",
      '’',
      's',
      'İ',
      'Σ',
      'é',
      '9',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const text = cs.join('');
        expect(normalizeWords(text)).toBe(splitWords(text).join(' '));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitWords', () => {
  // Letters and digits as the character tests have them, apostrophes inside a word.
  const WORD =
    /[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\uffff]+(?:['’][0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\uffff]+)*/g;

  it('should cut and fold words as a regular expression over the same classes does, on any text', () => {
    // Both sides of every border of the classes: '/', ':', '@', '[', '`', '{', DEL, U+0080 and on.
    const chars = fc.constantFrom(
      ...'/09:@AZ[`az{\u007f\u0080\u00bf\u00c0\u00d6\u00d7\u00d8\u00f6\u00f7\u00f8'.split(''),
      ..."\u1fff\u2000\u206f\u2070 .'’sSİΣé".split(''),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (cs) => {
        const text = cs.join('');
        expect(splitWords(text)).toEqual((text.match(WORD) ?? []).map(regexFold));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('countWords', () => {
  it('should count words as splitWords cuts them', () => {
    expect(countWords("Don't — it's Gordon’s 2nd try.", 10)).toBe(5);
    expect(countWords('', 3)).toBe(0);
  });

  it('should stop one past the most it is asked for', () => {
    expect(countWords('one two three four five six seven', 2)).toBe(3);
  });

  it('should agree with splitWords up to its limit, on any mix of characters', () => {
    const chars = fc.constantFrom('a', 'B', ' ', '.', "'", '’', 'é', '9', '—', '\n');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), fc.nat(8), (cs, atMost) => {
        const text = cs.join('');
        expect(countWords(text, atMost)).toBe(Math.min(splitWords(text).length, atMost + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
