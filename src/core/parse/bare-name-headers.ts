import { nameShape } from './name-shape.ts';
import { isSpaceCode } from '../text/char-codes.ts';
import { isBlank } from '../text/split-lines.ts';

/** A line read as a comment header though it has no "(Place)": a name alone. */
export interface BareNameHeader {
  readonly index: number;
  readonly name: string;
}

/** A body's last line ends a sentence (or a quotation of one) before the next writer's name. */
const ENDS_SENTENCE = /[.!?…"”')]$/u;

/**
 * When the dateline declares more comments than the `Name (Place)` headers found, the missing ones
 * are most likely writers who gave no place: lines that look like a name ("Dave Kowalski", "Mike
 * S.", "poolrat_77"), under a line that ends a sentence and over a line of text. Only as many as are
 * missing are taken, and only when the choice is clear: names that head other comments first, and
 * none at all when more lines look alike than comments are missing (a signature under a comment,
 * "Forever yours, / Vladi", looks the same). Sorted by line.
 */
export function bareNameHeaders(
  lines: readonly string[],
  start: number,
  headers: readonly { readonly index: number; readonly name: string }[],
  missing: number,
): BareNameHeader[] {
  if (missing <= 0) return [];
  const taken = new Set(headers.map((h) => h.index));
  const known = new Set(headers.map((h) => h.name));
  const found: (BareNameHeader & { readonly known: boolean })[] = [];
  for (let i = Math.max(start, 1); i < lines.length - 1; i += 1) {
    const line = lines[i] ?? '';
    // Right under a header is that comment's first line ("Agreed Tom"), never a writer of its own.
    const nextToHeader = taken.has(i - 1) || taken.has(i) || taken.has(i + 1);
    if (nextToHeader || isBlank(line) || isSpaceCode(line.charCodeAt(0))) continue;
    const above = (lines[i - 1] ?? '').trimEnd();
    if (!ENDS_SENTENCE.test(above) || isBlank(lines[i + 1] ?? '')) continue;
    const name = line.trim();
    if (nameShape(name)) found.push({ index: i, name, known: known.has(name) });
  }
  // A name that recurs among them heads comments too: counted like one that heads another.
  const seen = new Map<string, number>();
  for (const f of found) seen.set(f.name, (seen.get(f.name) ?? 0) + 1);
  const sure = found.filter((f) => f.known || (seen.get(f.name) ?? 0) > 1);
  const pick = found.length <= missing ? found : sure.length <= missing ? sure : [];
  return pick.map(({ index, name }) => ({ index, name })).sort((a, b) => a.index - b.index);
}
