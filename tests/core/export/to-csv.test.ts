import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_BOM, toCsv } from '../../../src/core/export/to-csv.ts';
import { readCsv } from '../support/read-csv.ts';

describe('toCsv', () => {
  it('should start with a UTF-8 BOM and end every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv).toBe(`${CSV_BOM}a,b\r\nc,d\r\n`);
  });

  it('should quote commas, quotes and line breaks and double inner quotes', () => {
    const csv = toCsv([['x, y', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'plain']]);
    expect(csv).toBe(`${CSV_BOM}"x, y","say ""hi""","two\nlines","cr\r\nlf",plain\r\n`);
  });

  it('should defuse cells a spreadsheet would run as a formula', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tTAB', 'ok=fine']]);
    const [row] = readCsv(csv.slice(1));
    expect(row).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tTAB",
      'ok=fine',
    ]);
  });

  it('should write numbers as numbers and null as an empty cell', () => {
    expect(toCsv([[0, -3, null, 1.5]])).toBe(`${CSV_BOM}0,-3,,1.5\r\n`);
  });

  it('should read back exactly for any text that does not look like a formula', () => {
    const safe = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(safe, { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          expect(readCsv(toCsv(rows).slice(CSV_BOM.length))).toEqual(rows);
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
  });
});
