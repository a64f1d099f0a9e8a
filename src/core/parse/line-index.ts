import { isSpaceCode } from '../text/char-codes.ts';

/**
 * The input's lines as offsets into one string instead of one string per line: splitting a 30,000-
 * comment dump made 170,000 strings that layout detection and parsing mostly only glanced at.
 */
export interface LineIndex {
  /** The text with a leading BOM dropped and every line break a single LF. */
  readonly text: string;
  /** `starts[i]` is line i's first offset; `starts[count]` is text.length + 1, one past the last LF. */
  readonly starts: Int32Array;
  readonly count: number;
}

/**
 * The text with a leading BOM dropped and every line break (CRLF, LF, lone CR) one LF: its LF-split
 * lines are splitLines' lines, and bodies can be sliced from it.
 */
export function lfText(raw: string): string {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
}

/** The lines splitLines gives (BOM dropped; CRLF, LF and a lone CR end a line), found by indexOf. */
export function lineIndex(raw: string): LineIndex {
  return lfLineIndex(lfText(raw));
}

/** The lines of a text as lfText gives it, without checking it for a BOM or CRs again. */
export function lfLineIndex(text: string): LineIndex {
  // One indexOf pass into a buffer that doubles: counting the breaks first took a second pass.
  let starts = new Int32Array(1024);
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (count + 1 >= starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count] = at + 1;
    count += 1;
  }
  starts[count] = text.length + 1;
  return { text, starts: starts.subarray(0, count + 1), count };
}

/** Line i's first offset; past the end, the end. */
export function lineStart(index: LineIndex, i: number): number {
  return index.starts[i] ?? index.text.length;
}

/** Line i's end: the offset of its LF, or the text's length for the last line. */
export function lineEnd(index: LineIndex, i: number): number {
  return (index.starts[i + 1] ?? index.text.length + 1) - 1;
}

/** Line i as splitLines gives it ('' past the end). */
export function lineAt(index: LineIndex, i: number): string {
  return i < index.count ? index.text.slice(lineStart(index, i), lineEnd(index, i)) : '';
}

/** The offset of the LF that ends the line holding offset `at`, or the text's end. */
export function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}
/** The first offset in [from, to) that is not white space, or `to`: a line is blank when it is `to`. */
export function skipSpace(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isSpaceCode(text.charCodeAt(at))) at += 1;
  return at;
}

/** One past the last offset in [from, to) that is not white space, or `from`. */
export function skipSpaceBack(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && isSpaceCode(text.charCodeAt(at - 1))) at -= 1;
  return at;
}
