export type CsvCell = string | number | null;

/** Lets Excel and LibreOffice open the file as UTF-8 instead of guessing a legacy code page. */
export const CSV_BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ and the tab / carriage
 * return that some spreadsheets skip before looking for them. A leading apostrophe makes the
 * spreadsheet show the text as typed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  // RFC 4180: a field with a comma, a quote or a line break is quoted, inner quotes doubled.
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** RFC 4180 text (CRLF between records, a CRLF after the last) with a UTF-8 BOM in front. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  let out = CSV_BOM;
  for (const row of rows) out += `${row.map(cell).join(',')}\r\n`;
  return out;
}
