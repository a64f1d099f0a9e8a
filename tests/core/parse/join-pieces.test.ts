import { describe, expect, it } from 'vitest';
import { joinPieces } from '../../../src/core/parse/join-pieces.ts';

const TEXT = '  • Ann\n    first line\n    second line\n\n    new paragraph\n';
/** Where `line` stands in TEXT: its start and end, and 1 when a paragraph break comes before it. */
const at = (line: string, afterBreak = 0) => [
  TEXT.indexOf(line),
  TEXT.indexOf(line) + line.length,
  afterBreak,
];

describe('joinPieces', () => {
  it('should join the lines with LF and mark a paragraph break with an empty line', () => {
    const pieces = [...at('first line'), ...at('second line'), ...at('new paragraph', 1)];
    expect(joinPieces(TEXT, '', pieces, pieces.length)).toBe(
      'first line\nsecond line\n\nnew paragraph',
    );
  });

  it('should put the head first', () => {
    const pieces = at('first line', 1);
    expect(joinPieces(TEXT, 'Agreed.', pieces, 3)).toBe('Agreed.\n\nfirst line');
  });

  it('should give the head alone, or an empty body, when there are no lines', () => {
    expect(joinPieces(TEXT, 'Agreed.', [], 0)).toBe('Agreed.');
    expect(joinPieces(TEXT, '', [], 0)).toBe('');
  });

  it('should read only the pieces in use, the rest being an earlier body', () => {
    const pieces = [...at('second line'), ...at('new paragraph', 1)];
    expect(joinPieces(TEXT, '', pieces, 3)).toBe('second line');
  });
});
