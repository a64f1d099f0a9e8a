import { parseDateline } from './parse-dateline.ts';
import { layoutCues } from './layout-cues.ts';
import { lfText } from './line-index.ts';
import { isBlank, nthFilledLine } from '../text/split-lines.ts';
import type { DumpFormat, ParseError, Result } from '../types.ts';

/** Enough of the text to judge it binary; decoded binary shows its junk from the first bytes. */
const BINARY_SCAN_CHARS = 65_536;
/**
 * Above this share of control or U+FFFD characters the "text" is a decoded binary file. Real dumps
 * have none; a stray mis-decoded quote is one in thousands, far below 5 %.
 */
const BINARY_SHARE = 0.05;

export const EXPECTED_LAYOUT = 'expected a comment dump in the nyt or indented layout';

function fail(code: ParseError['code'], message: string, line: number | null) {
  return { ok: false, error: { code, message, line } } as const;
}

function isJunk(code: number): boolean {
  if (code === 0xfffd) return true;
  if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x0b)
    return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line += 1;
  }
  return line;
}

function binaryError(text: string): ParseError | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      code: 'binary',
      message: 'binary data (NUL bytes), not text',
      line: lineOf(text, nul),
    };
  }
  const scanned = Math.min(text.length, BINARY_SCAN_CHARS);
  let junk = 0;
  let first = -1;
  for (let i = 0; i < scanned; i += 1) {
    if (!isJunk(text.charCodeAt(i))) continue;
    junk += 1;
    if (first < 0) first = i;
  }
  if (junk === 0 || junk / scanned <= BINARY_SHARE) return null;
  const percent = Math.round((junk / scanned) * 100);
  return {
    code: 'binary',
    message: `binary data (${percent}% control or undecodable characters), not text`,
    line: lineOf(text, first),
  };
}

/**
 * Which layout the text is in, judged from the text alone. A dateline under the title settles "nyt";
 * otherwise bullets or an "Author:" line mean "indented" unless plausible `Name (Place)` headers
 * outnumber the bullets (a flat comment may itself contain a bulleted list). `lf` is the text as
 * lfText gives it, when the caller has it already.
 */
export function detectFormat(text: string, lf?: string): Result<DumpFormat, ParseError> {
  if (isBlank(text)) return fail('empty', `the input is empty; ${EXPECTED_LAYOUT}`, null);
  const binary = binaryError(text);
  if (binary !== null) return fail('binary', `${binary.message}; ${EXPECTED_LAYOUT}`, binary.line);

  // The dateline settles it from the first two filled lines, without splitting the rest.
  const second = nthFilledLine(text, 2);
  if (second !== undefined && parseDateline(second) !== null) return { ok: true, value: 'nyt' };
  const { bullets, headers, authorLine } = layoutCues(lf ?? lfText(text));
  if ((bullets > 0 || authorLine) && headers <= bullets) return { ok: true, value: 'indented' };
  if (headers > 0) return { ok: true, value: 'nyt' };
  return fail(
    'unknown-layout',
    `unknown layout: no "Name (Place)" comment headers, no dateline like "May 02, 2017 · 135 comments" and no "• Name" bullets; ${EXPECTED_LAYOUT}`,
    null,
  );
}
