/**
 * The trie with failure transitions folded in (delta, by state × classes + class), each state's
 * groups (undefined for none) and the states in breadth-first order. Flat typed arrays and
 * arrays only where a state reports: building 65,000 states as rows of arrays and Sets took half
 * a second, before the worker could classify its first comment.
 */
export function literalAutomaton(
  literals: readonly (readonly string[] | null)[],
  classOf: Uint16Array,
  w: number,
): {
  delta: Int32Array;
  outputs: (number[] | undefined)[];
  breadthFirst: Int32Array;
  states: number;
} {
  // Every character of every literal makes at most one state: sized once, never grown. The
  // root is no state's child, so 0 marks "no child yet" and the zeroed array needs no fill.
  let capacity = 1;
  for (const g of literals) for (const literal of g ?? []) capacity += literal.length;
  const delta = new Int32Array(capacity * w);
  const outputs: (number[] | undefined)[] = [undefined];
  let states = 1;
  literals.forEach((g, group) => {
    for (const literal of g ?? []) {
      let s = 0;
      for (let i = 0; i < literal.length; i += 1) {
        const code = literal.charCodeAt(i);
        const at = s * w + (classOf[code] as number);
        s = delta[at] as number;
        if (s === 0) {
          s = states++;
          outputs.push(undefined);
          delta[at] = s;
        }
      }
      const o = outputs[s];
      if (o === undefined) outputs[s] = [group];
      else if (!o.includes(group)) o.push(group);
    }
  });
  // Breadth first, so a state's failure state is complete before the state itself. The root's
  // missing children already read 0: back to the root.
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  queue[tail++] = 0;
  for (let c = 0; c < w; c += 1) {
    const child = delta[c] as number;
    if (child !== 0) queue[tail++] = child;
  }
  for (let q = 1; q < tail; q += 1) {
    const s = queue[q] as number;
    const f = fail[s] as number;
    const inherited = outputs[f];
    if (inherited !== undefined) {
      const own = (outputs[s] ??= []);
      for (const g of inherited) if (!own.includes(g)) own.push(g);
    }
    const row = s * w;
    const failRow = f * w;
    for (let c = 0; c < w; c += 1) {
      const child = delta[row + c] as number;
      const viaFail = delta[failRow + c] as number;
      if (child === 0) {
        delta[row + c] = viaFail;
      } else {
        fail[child] = viaFail;
        queue[tail++] = child;
      }
    }
  }
  return { delta, outputs, breadthFirst: queue, states };
}
