import { isSpaceCode } from '../text/char-codes.ts';

/** A flat comment header, `Display Name (Location)`, taken apart. */
export interface HeaderShape {
  readonly name: string;
  /** Null for `Name ()`: the dump shows the brackets but no place. */
  readonly location: string | null;
}

/** Longer than any display name plus place seen in real dumps; a longer line is prose. */
const MAX_HEADER_CHARS = 160;

/**
 * The shape alone, no judgement: the line ends with one `(…)` group preceded by a space and holds no
 * other bracket. Scans by index, not regex, so a 1 MB line of "a(" costs one pass.
 */
export function headerShape(line: string): HeaderShape | null {
  // Nearly every line is prose ending in a full stop: reject it before allocating a trimmed copy.
  let last = line.length - 1;
  while (last >= 0 && isSpaceCode(line.charCodeAt(last))) last -= 1;
  if (line.charCodeAt(last) !== 0x29 /* ) */) return null;
  const text = line.trimEnd();
  if (text.length > MAX_HEADER_CHARS || !text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  if (open < 2 || text[open - 1] !== ' ') return null;
  const name = text.slice(0, open - 1).trim();
  const location = text.slice(open + 1, -1).trim();
  if (name === '' || /[()]/.test(name) || /[()]/.test(location)) return null;
  return { name, location: location === '' ? null : location };
}
