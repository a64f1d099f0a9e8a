import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank, nthFilledLine, splitLines } from '../../../src/core/text/split-lines.ts';

// Characters that make line splitting and blank detection interesting.
const TRICKY = [
  'a',
  'b',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\uFEFF',
  '\u200b',
];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 30 }).map((p) => p.join(''));

describe('splitLines', () => {
  it('should split LF, CRLF and lone CR alike', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('should split an LF-only text exactly like the general rule', () => {
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b', '']);
  });

  it('should drop a leading BOM only', () => {
    expect(splitLines('\uFEFFa\n\uFEFFb')).toEqual(['a', '\uFEFFb']);
  });
});

describe('isBlank', () => {
  it('should call whitespace-only lines blank', () => {
    expect(isBlank(' \t ')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });

  it('should treat exactly the characters trim() removes as whitespace', () => {
    const disagree: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const ch = String.fromCharCode(code);
      if (isBlank(ch) !== (ch.trim() === '')) disagree.push(`U+${code.toString(16)}`);
    }
    expect(disagree).toEqual([]);
  });

  it('should agree with trim() on any text', () => {
    fc.assert(fc.property(trickyText, (text) => isBlank(text) === (text.trim() === '')));
  });
});

describe('nthFilledLine', () => {
  it('should find the second non-blank line across blank and CRLF lines', () => {
    expect(nthFilledLine('\uFEFF\r\n Title\r\n\r\n  \nMay 02, 2017\nrest', 2)).toBe('May 02, 2017');
  });

  it('should give undefined when the text has fewer filled lines', () => {
    expect(nthFilledLine('only\n\n', 2)).toBeUndefined();
  });

  it('should give the same line as splitting the whole text', () => {
    fc.assert(
      fc.property(trickyText, fc.integer({ min: 1, max: 4 }), (text, n) => {
        const filled = splitLines(text).filter((line) => !isBlank(line));
        return nthFilledLine(text, n) === filled[n - 1];
      }),
    );
  });
});
