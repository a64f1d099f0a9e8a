import { lineEnd, lineStart, skipSpace, skipSpaceBack, type LineIndex } from './line-index.ts';

/**
 * Lines [from, to) as one body, each trimmed (indentation removed), after `head` when that is not
 * empty (the text on an indented bullet's own line): blank lines at either end are dropped and a run
 * of blank lines between paragraphs becomes exactly one empty line, so "\n\n" always means a
 * paragraph break whatever the dump's spacing. A body written that way already (most flat ones) is
 * sliced from the text, not copied: copies were 30 MB of a 50,000-comment dump's peak.
 */
export function joinBody(index: LineIndex, from: number, to: number, head = ''): string {
  const { text } = index;
  // Per kept line: its trimmed start and end, and 1 when a paragraph break comes before it.
  const pieces: number[] = [];
  let filled = head !== '';
  let verbatim = !filled;
  let pendingBreak = false;
  let blanks = 0;
  for (let i = from; i < to; i += 1) {
    const start = lineStart(index, i);
    const end = lineEnd(index, i);
    const first = skipSpace(text, start, end);
    if (first === end) {
      pendingBreak = filled;
      // Only one empty line between paragraphs reads the same in the text and in the body.
      if (filled && (end !== start || (blanks += 1) > 1)) verbatim = false;
      continue;
    }
    const last = skipSpaceBack(text, first, end);
    if (first !== start || last !== end) verbatim = false;
    pieces.push(first, last, pendingBreak ? 1 : 0);
    filled = true;
    pendingBreak = false;
    blanks = 0;
  }
  if (pieces.length === 0) return head;
  if (verbatim) return text.slice(pieces[0], pieces[pieces.length - 2]);
  let out = head;
  for (let k = 0; k < pieces.length; k += 3) {
    const piece = text.slice(pieces[k], pieces[k + 1]);
    out = out === '' && k === 0 ? piece : out + (pieces[k + 2] === 1 ? '\n\n' : '\n') + piece;
  }
  return out;
}
