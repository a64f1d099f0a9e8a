/** Positions `from` … `to` − 1 of one list, within a run of lists counted end to end. */
export interface ListRange {
  /** Which list. */
  readonly list: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Where the positions `from` … `to` − 1 of lists of `lengths` laid end to end fall in each list
 * (an empty list never appears): a caller slicing several articles as one run of comments.
 */
export function splitRange(lengths: readonly number[], from: number, to: number): ListRange[] {
  const ranges: ListRange[] = [];
  let start = 0;
  lengths.forEach((length, list) => {
    const lo = Math.max(from, start);
    const hi = Math.min(to, start + length);
    if (lo < hi) ranges.push({ list, from: lo - start, to: hi - start });
    start += length;
  });
  return ranges;
}
