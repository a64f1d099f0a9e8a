import { describe, expect, it } from 'vitest';
import {
  isApostropheCode,
  isLetterOrDigitCode,
  isSpaceCode,
  isTokenSpaceCode,
  isUpperCode,
  isWordEdgeCode,
} from '../../../src/core/text/char-codes.ts';

const codes = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('isSpaceCode', () => {
  // The stance rules use it in loops that stand in for `\s` in a regular expression.
  it('should match exactly the code units \\s matches', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('isTokenSpaceCode', () => {
  it('should break stance tokens at the common spaces only, a subset of \\s', () => {
    for (const c of codes(' \t\n\r\u00a0\u2028\u3000')) expect(isTokenSpaceCode(c)).toBe(true);
    for (const c of codes('a.\u2009\u200b')) expect(isTokenSpaceCode(c)).toBe(false);
    for (let c = 0; c < 0x10000; c += 1) if (isTokenSpaceCode(c)) expect(isSpaceCode(c)).toBe(true);
  });
});

describe('isLetterOrDigitCode', () => {
  it('should take letters of any script and digits, not punctuation or symbols', () => {
    for (const c of codes('aZ09éЖא')) expect(isLetterOrDigitCode(c)).toBe(true);
    for (const c of codes(" .,'’—…×÷")) expect(isLetterOrDigitCode(c)).toBe(false);
  });
});

describe('isUpperCode', () => {
  it('should take Latin capitals and not small letters or the multiplication sign', () => {
    for (const c of codes('AZÀÞ')) expect(isUpperCode(c)).toBe(true);
    for (const c of codes('azß×1')) expect(isUpperCode(c)).toBe(false);
  });
});

describe('isApostropheCode', () => {
  it('should take the straight and the typographic apostrophe only', () => {
    expect(codes("'’").every(isApostropheCode)).toBe(true);
    expect(codes('‘"`').some(isApostropheCode)).toBe(false);
  });
});

describe('isWordEdgeCode', () => {
  it('should strip quotes, dashes, ellipses and guillemets from word edges but keep other letters', () => {
    for (const c of codes('aZ0éЖ')) expect(isWordEdgeCode(c)).toBe(true);
    for (const c of codes('"(\'’‘“”…–—«».')) expect(isWordEdgeCode(c)).toBe(false);
  });
});
