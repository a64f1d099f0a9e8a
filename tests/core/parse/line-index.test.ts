import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfLine, lineAt, lineIndex } from '../../../src/core/parse/line-index.ts';
import { splitLines } from '../../../src/core/text/split-lines.ts';

describe('lineIndex', () => {
  it('should give the lines splitLines gives, through BOM, CRLF and lone CR', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\uFEFF', 'é') });
    fc.assert(
      fc.property(text, (t) => {
        const index = lineIndex(t);
        const lines = Array.from({ length: index.count }, (_, i) => lineAt(index, i));
        expect(lines).toEqual(splitLines(t));
      }),
    );
  });

  it('should keep an LF-only text as it is, without a copy', () => {
    const text = 'one\ntwo\n';
    expect(lineIndex(text).text).toBe(text);
    expect([...lineIndex(text).starts]).toEqual([0, 4, 8, 9]);
    expect(lineAt(lineIndex(text), 5)).toBe('');
  });
});

describe('endOfLine', () => {
  it('should find the LF ending the line that holds an offset, or the end of a last line', () => {
    const text = 'one\ntwo\n\nlast';
    expect(endOfLine(text, 0)).toBe(3);
    expect(endOfLine(text, 5)).toBe(7);
    expect(endOfLine(text, 8)).toBe(8);
    expect(endOfLine(text, 9)).toBe(text.length);
  });
});
