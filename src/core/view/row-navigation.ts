import type { Row } from './view-types.ts';

// Keyboard moves over the projected rows (j/k, h, Shift+J/K). Each takes the index of the focused
// row and returns the index to focus, or null when there is nowhere to go. Article header rows are
// skipped: only comments take focus.

/** j: the next comment row. */
export function nextRow(rows: readonly Row[], index: number): number | null {
  for (let i = Math.max(index + 1, 0); i < rows.length; i += 1) if (isComment(rows, i)) return i;
  return null;
}

/** k: the previous comment row. */
export function prevRow(rows: readonly Row[], index: number): number | null {
  for (let i = Math.min(index - 1, rows.length - 1); i >= 0; i -= 1)
    if (isComment(rows, i)) return i;
  return null;
}

/** h: the row of the comment this one replies to (null at top level). */
export function parentRow(rows: readonly Row[], index: number): number | null {
  const row = rows[index];
  if (row?.kind !== 'comment' || row.depth === 0) return null;
  for (let i = index - 1; i >= 0; i -= 1) {
    const r = rows[i];
    if (r === undefined || r.kind !== 'comment' || r.slug !== row.slug) return null;
    if (r.depth < row.depth) return i;
  }
  return null;
}

/**
 * Shift+J / Shift+K: skip over the current comment's whole subtree to the next (or previous)
 * comment at the same depth or shallower — the next sibling thread, or when the current one is the
 * last sibling, the next thread up. Backwards it stops at the previous sibling or the parent.
 */
export function nextSiblingThread(
  rows: readonly Row[],
  index: number,
  direction: 1 | -1 = 1,
): number | null {
  const row = rows[index];
  if (row?.kind !== 'comment') return direction === 1 ? nextRow(rows, index) : prevRow(rows, index);
  for (let i = index + direction; i >= 0 && i < rows.length; i += direction) {
    const r = rows[i];
    if (r?.kind === 'comment' && r.depth <= row.depth) return i;
  }
  return null;
}

/** Shift+K. */
export function prevSiblingThread(rows: readonly Row[], index: number): number | null {
  return nextSiblingThread(rows, index, -1);
}

function isComment(rows: readonly Row[], i: number): boolean {
  return rows[i]?.kind === 'comment';
}
