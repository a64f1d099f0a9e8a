import { isSpaceCode } from './char-codes.ts';

/**
 * The input's lines, 0-based here (reported 1-based). A leading BOM is dropped; CRLF, LF and a lone
 * CR (old Mac exports) all end a line, so a CRLF file parses exactly like its LF twin.
 */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most dumps are LF-only: a plain string split is several times faster than the regex one.
  return body.includes('\r') ? body.split(/\r\n|\n|\r/) : body.split('\n');
}

/** Blank means nothing but whitespace: a line of spaces or tabs separates paragraphs like an empty one. */
export function isBlank(line: string): boolean {
  // A char-code scan stops at the first visible character and, unlike a regex, allocates nothing.
  for (let i = 0; i < line.length; i += 1) if (!isSpaceCode(line.charCodeAt(i))) return false;
  return true;
}

/**
 * The n-th (1-based) non-blank line as splitLines would give it, found without splitting the
 * whole text: layout detection needs only the first few lines of a 20 MB dump.
 */
export function nthFilledLine(text: string, n: number): string | undefined {
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let seen = 0;
  while (from <= text.length) {
    let end = from;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end += 1;
    const line = text.slice(from, end);
    if (!isBlank(line)) {
      seen += 1;
      if (seen === n) return line;
    }
    from = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return undefined;
}
