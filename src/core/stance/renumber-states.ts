// The literal matcher's final table (literal-matcher.ts), from the automaton as built. Its own
// function with plain index loops: inlined in the matcher's constructor, run once per worker and
// so never warm, the copy of 44,000 rows took 50–140 ms of the first comment's stances.

/** The next-state table and its reporting states, renumbered for the matcher's scan. */
export interface RenumberedStates {
  readonly next: Uint16Array | Uint32Array;
  /** States from here report groups. */
  readonly firstReporting: number;
  /** Groups reported on entering state s: out[outStart[s] … outStart[s + 1]). */
  readonly outStart: Int32Array;
  readonly out: Int32Array;
}

/**
 * Silent states first (the root stays 0), reporting ones after; within each, breadth first, so
 * the shallow states most characters lead to share a few cache lines of the table (in creation
 * order they were spread over all of its 8 MB, a cache miss per character). `delta` is
 * `classes` wide a state; the new rows are `1 << shift` wide.
 */
export function renumberStates(
  delta: Int32Array,
  outputs: readonly (readonly number[] | undefined)[],
  breadthFirst: Int32Array,
  classes: number,
  shift: number,
): RenumberedStates {
  const states = breadthFirst.length;
  const order = new Int32Array(states);
  let silent = 0;
  for (let q = 0; q < states; q += 1) {
    const old = breadthFirst[q] as number;
    if (outputs[old] === undefined) order[silent++] = old;
  }
  let k = silent;
  let outLength = 0;
  for (let q = 0; q < states; q += 1) {
    const old = breadthFirst[q] as number;
    const o = outputs[old];
    if (o === undefined) continue;
    order[k++] = old;
    outLength += o.length;
  }
  const renamed = new Int32Array(states);
  for (let s = 0; s < states; s += 1) renamed[order[s] as number] = s;
  // Two bytes a state while they suffice; four past 65,535 states (a table twice the size).
  const next =
    states <= 0x10000 ? new Uint16Array(states << shift) : new Uint32Array(states << shift);
  copyRows(next, delta, order, renamed, classes, shift);
  const outStart = new Int32Array(states + 1);
  const out = new Int32Array(outLength);
  let at = 0;
  for (let s = silent; s < states; s += 1) {
    for (const g of outputs[order[s] as number] ?? []) out[at++] = g;
    outStart[s + 1] = at;
  }
  return { next, firstReporting: silent, outStart, out };
}

function copyRows(
  next: Uint16Array | Uint32Array,
  delta: Int32Array,
  order: Int32Array,
  renamed: Int32Array,
  classes: number,
  shift: number,
): void {
  const states = order.length;
  for (let s = 0; s < states; s += 1) {
    const row = (order[s] as number) * classes;
    const to = s << shift;
    for (let c = 0; c < classes; c += 1) next[to + c] = renamed[delta[row + c] as number] as number;
  }
}
