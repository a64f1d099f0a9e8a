import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerShape } from '../../../src/core/parse/header-shape.ts';
import { layoutCues } from '../../../src/core/parse/layout-cues.ts';
import { scoreHeader } from '../../../src/core/parse/score-header.ts';

/** The cues read line by line, the plain way: what layoutCues must agree with. */
function lineByLine(text: string) {
  let bullets = 0;
  let headers = 0;
  let authorLine = false;
  let filled = 0;
  let prevBlank = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const afterBlank = prevBlank;
    prevBlank = trimmed === '';
    if (trimmed === '') continue;
    filled += 1;
    if (trimmed.startsWith('•')) bullets += 1;
    else if (line.startsWith('Author:')) authorLine = true;
    if (filled === 1 || !trimmed.endsWith(')')) continue;
    const shape = headerShape(line);
    const context = {
      afterBlank: filled > 2 && afterBlank,
      afterHeader: false,
      indented: /^\s/.test(line),
      knownAuthor: false,
    };
    if (shape !== null && scoreHeader(shape, context) >= 0) headers += 1;
  }
  return { bullets, headers, authorLine };
}

describe('layoutCues', () => {
  it('should count bullets opening a line, not those inside one', () => {
    const text = 'Title\n\n  • Ann\n\n    text • more\n\t• Bo\n';
    expect(layoutCues(text)).toEqual({ bullets: 2, headers: 0, authorLine: false });
  });

  it('should count plausible headers but not the title, and see an "Author:" line', () => {
    const text =
      'Ann Lee (Boston, MA)\nMay 2\n\nBo Diaz (Austin, TX)\nHi (there) you.\nAuthor: X\n';
    expect(layoutCues(text)).toEqual({ bullets: 0, headers: 1, authorLine: true });
  });

  it('should read any text as a line-by-line reading does', () => {
    const part = fc.constantFrom(
      '\n',
      '\n\n',
      ' ',
      '\t',
      '\u00a0',
      '•',
      '• Ann',
      ')',
      'Ann Lee (Boston, MA)',
      'Bo (NY) ',
      'the end (sic).',
      'Author: Jo',
      'Author:',
      'text',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(layoutCues(text)).toEqual(lineByLine(text));
      }),
      { numRuns: 2000 },
    );
  });
});
