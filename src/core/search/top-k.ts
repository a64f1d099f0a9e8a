/** The k best of `hits` in order, through one bounded sorted window instead of a full sort. */
export function topK(
  hits: Int32Array,
  k: number,
  order: (a: number, b: number) => number,
): Int32Array {
  const best: number[] = [];
  for (const d of hits) {
    if (best.length === k && order(d, best[k - 1] ?? 0) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(best[mid] ?? 0, d) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, d);
    if (best.length > k) best.pop();
  }
  return Int32Array.from(best);
}
