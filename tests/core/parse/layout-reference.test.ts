import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat as referenceDetect } from './reference/detect-format.ts';
import { joinBody as referenceJoin, lineSource } from './reference/join-body.ts';
import { parseFlat as referenceFlat } from './reference/parse-flat.ts';
import { parseIndented as referenceIndented } from './reference/parse-indented.ts';
import { detectFormat } from '../../../src/core/parse/detect-format.ts';
import { joinBody } from '../../../src/core/parse/join-body.ts';
import { lineIndex } from '../../../src/core/parse/line-index.ts';
import { parseFlat } from '../../../src/core/parse/parse-flat.ts';
import { parseIndented } from '../../../src/core/parse/parse-indented.ts';
import { parseLayout } from '../../../src/core/parse/parse-layout.ts';
import { splitLines } from '../../../src/core/text/split-lines.ts';

// Lines of both layouts and the traps between them: indentation by spaces, tabs and NBSP, blank
// lines of white space, bullets with and without names, headers that are prose, datelines.
const line = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t',
    '\u00a0',
    'Title of the piece',
    'May 02, 2017 · 3 comments',
    '2 comments',
    'Author: Kelley DeCamp',
    'Author:',
    '• Doug L',
    '  • Ann B.',
    '    • Well said, Doug.',
    '\t• Zoë',
    '\u00a0• x',
    '•',
    '  •   ',
    '      Indented body text.',
    '  shallow text',
    'Mary (Atlanta, GA)',
    'Bo (Rome)  ',
    '  Indented (Place)',
    'Step 2 (see above)',
    'Ann ()',
    'Dave Kowalski',
    'A sentence that ends.',
  ),
  fc.string({ unit: fc.constantFrom('a', ' ', '\t', '•', '(', ')', 'A', '.', '\u00a0', 'é') }),
);
const breakChar = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const dump = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, breakChar), { maxLength: 40 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.map(([l, b]) => l + b).join(''));

// A flat dump's title and dateline, so the declared count drops doubtful headers or adds bare names.
const flatDump = fc
  .tuple(fc.nat({ max: 6 }), dump)
  .map(([n, rest]) => `Title\n\nMay 02, 2017 · ${n} comments\n${rest}`);

describe('the line-index layout readers against the split-lines originals', () => {
  it('should read indented dumps exactly as before', () => {
    fc.assert(
      fc.property(dump, (text) => {
        expect(parseIndented(text)).toEqual(referenceIndented(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('should read flat dumps exactly as before', () => {
    fc.assert(
      fc.property(fc.oneof(dump, flatDump), (text) => {
        expect(parseFlat(text)).toEqual(referenceFlat(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('should detect the same layout, or fail with the same error', () => {
    fc.assert(
      fc.property(dump, (text) => {
        expect(detectFormat(text)).toEqual(referenceDetect(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('should read a whole dump as detecting and reading it did before', () => {
    fc.assert(
      fc.property(dump, (text) => {
        const format = referenceDetect(text);
        const parsed = parseLayout(text);
        if (!format.ok) {
          expect(parsed).toEqual(format);
          return;
        }
        const read = format.value === 'nyt' ? referenceFlat(text) : referenceIndented(text);
        expect(parsed).toEqual(
          read.ok ? { ok: true, value: { ...read.value, format: format.value } } : read,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('should join any range of lines as before, sliced or copied', () => {
    fc.assert(
      fc.property(dump, fc.nat(), fc.nat(), (text, a, b) => {
        const lines = splitLines(text);
        const from = a % (lines.length + 1);
        const to = from + (b % (lines.length + 1 - from));
        const lf = lineIndex(text).text;
        expect(joinBody(lineIndex(text), from, to)).toBe(
          referenceJoin(lines, from, to, lineSource(lf, lines)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
