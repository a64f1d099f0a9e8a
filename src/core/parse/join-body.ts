import { lineEnd, lineStart, skipSpace, skipSpaceBack, type LineIndex } from './line-index.ts';

/**
 * The lines of a body as they will be joined: per kept line its trimmed start and end and 1 when a
 * paragraph break comes before it, pushed to `pieces`. True when the text already reads that way
 * from the first piece to the last, so the body can be sliced rather than copied.
 */
function bodyPieces(
  index: LineIndex,
  from: number,
  to: number,
  head: string,
  pieces: number[],
): boolean {
  const { text } = index;
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
  return verbatim;
}

/**
 * Lines [from, to) as one body, each trimmed (indentation removed), after `head` when that is not
 * empty (the text on an indented bullet's own line): blank lines at either end are dropped and a run
 * of blank lines between paragraphs becomes exactly one empty line, so "\n\n" always means a
 * paragraph break whatever the dump's spacing. A body written that way already (most flat ones) is
 * sliced from the text, not copied: copies were 30 MB of a 50,000-comment dump's peak.
 */
export function joinBody(index: LineIndex, from: number, to: number, head = ''): string {
  const pieces: number[] = [];
  const verbatim = bodyPieces(index, from, to, head, pieces);
  if (pieces.length === 0) return head;
  if (verbatim) return index.text.slice(pieces[0], pieces[pieces.length - 2]);
  const out: string[] = head === '' ? [] : [head];
  for (let k = 0; k < pieces.length; k += 3) {
    if (pieces[k + 2] === 1) out.push('');
    out.push(index.text.slice(pieces[k], pieces[k + 1]));
  }
  return out.join('\n');
}
