/**
 * A comment body from the lines its parser found: `pieces` holds, per line with text, its trimmed
 * start and end in `text` and 1 when a paragraph break comes before it; only the first `used`
 * numbers are this body's (the parser reuses the array from body to body). The head (text on an
 * indented bullet's own line) comes first; the lines follow joinBody's rules, so a body of one line
 * is sliced from the text, not copied: over half of all bodies in a generated dump are.
 */
export function joinPieces(
  text: string,
  head: string,
  pieces: readonly number[],
  used: number,
): string {
  if (used === 0) return head;
  if (used === 3 && head === '') return text.slice(pieces[0], pieces[1]);
  const out: string[] = head === '' ? [] : [head];
  for (let k = 0; k < used; k += 3) {
    if (pieces[k + 2] === 1) out.push('');
    out.push(text.slice(pieces[k], pieces[k + 1]));
  }
  return out.join('\n');
}
