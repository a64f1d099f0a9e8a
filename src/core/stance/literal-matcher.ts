// Aho–Corasick over UTF-16 code units: one pass over a comment tells which of many literal groups
// occur in it, where a regular expression per group would scan the text once each. Characters are
// mapped to classes first: every character no literal contains is class 0, which sends the
// automaton back to its root.

const ASCII = 128;

export class LiteralMatcher {
  private readonly classOf = new Uint8Array(ASCII);
  /** Classes of the few non-ASCII characters literals hold ("naïve"); a Map, asked rarely. */
  private readonly wideClassOf = new Map<number, number>();
  /** log2 of the row width: rows are a power of two wide, so a state is its row's offset. */
  private readonly shift: number;
  /**
   * The next state, at (state << shift) + class: a full table, no failure walks. Two bytes a
   * state keep the table in cache: it is read once per character of every comment.
   */
  private readonly next: Uint16Array;
  /** States that report groups are numbered last: states from here report. */
  private readonly firstReporting: number;
  /** Groups reported on entering state s: out[outStart[s] … outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly out: Int32Array;
  /** The pass in which each state last marked its groups, and each group was last found. */
  private readonly seen: Int32Array;
  private readonly found: Int32Array;
  private pass = 0;

  /** `groups[i]` null: group i is always reported. */
  constructor(private readonly groups: readonly (readonly string[] | null)[]) {
    let classes = 1;
    for (const g of groups) {
      for (const literal of g ?? []) {
        for (let i = 0; i < literal.length; i += 1) {
          const c = literal.charCodeAt(i);
          if (c >= ASCII) {
            if (!this.wideClassOf.has(c)) this.wideClassOf.set(c, classes++);
          } else if (this.classOf[c] === 0) this.classOf[c] = classes++;
        }
      }
    }
    this.shift = Math.ceil(Math.log2(classes));
    const { delta, outputs, breadthFirst } = this.automaton(classes);
    // Renumber: silent states first (the root stays 0), reporting ones after; within each, breadth
    // first, so the shallow states most characters lead to share a few cache lines of the table
    // (in creation order they were spread over all of its 8 MB, a cache miss per character).
    const reports = (old: number): boolean => (outputs[old] as Set<number>).size > 0;
    const order = breadthFirst.sort((a, b) => Number(reports(a)) - Number(reports(b)));
    const renamed = new Int32Array(order.length);
    order.forEach((old, s) => (renamed[old] = s));
    const first = order.findIndex(reports);
    if (order.length > 0xffff) throw new RangeError('too many literals for two-byte states');
    this.firstReporting = first < 0 ? order.length : first;
    this.next = new Uint16Array(order.length << this.shift);
    this.outStart = new Int32Array(order.length + 1);
    const out: number[] = [];
    order.forEach((old, s) => {
      for (let c = 0; c < classes; c += 1) {
        const to = renamed[delta[old * classes + c] as number] as number;
        this.next[(s << this.shift) + c] = to;
      }
      out.push(...(outputs[old] as Set<number>));
      this.outStart[s + 1] = out.length;
    });
    this.out = Int32Array.from(out);
    this.seen = new Int32Array(order.length);
    this.found = new Int32Array(groups.length);
  }

  /** Reads `text`; `has(i)` then tells whether a literal of group i occurs in it. */
  scan(text: string): void {
    const { classOf, wideClassOf, next, outStart, out, seen, found, shift, firstReporting } = this;
    // A pass number instead of a fresh array per text: nothing to allocate or clear.
    const pass = (this.pass = (this.pass + 1) | 0);
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      const cls = c < ASCII ? (classOf[c] as number) : (wideClassOf.get(c) ?? 0);
      state = next[(state << shift) + cls] as number;
      // Common literals ("the", "war") recur in a text: each state's groups are marked once.
      if (state < firstReporting || seen[state] === pass) continue;
      seen[state] = pass;
      const end = outStart[state + 1] as number;
      for (let k = outStart[state] as number; k < end; k += 1) found[out[k] as number] = pass;
    }
  }

  /** Whether a literal of group i occurred in the text last scanned (always, for a null group). */
  has(group: number): boolean {
    return this.found[group] === this.pass || this.groups[group] === null;
  }

  /** The trie with failure transitions folded in (delta, by state × classes + class) and outputs. */
  private automaton(w: number): {
    delta: Int32Array;
    outputs: Set<number>[];
    breadthFirst: number[];
  } {
    const trie: number[][] = [new Array<number>(w).fill(-1)];
    const outputs: Set<number>[] = [new Set()];
    this.groups.forEach((g, group) => {
      for (const literal of g ?? []) {
        let s = 0;
        for (let i = 0; i < literal.length; i += 1) {
          const code = literal.charCodeAt(i);
          const c = (code < ASCII ? this.classOf[code] : this.wideClassOf.get(code)) as number;
          const row = trie[s] as number[];
          if (row[c] === -1) {
            row[c] = trie.length;
            trie.push(new Array<number>(w).fill(-1));
            outputs.push(new Set());
          }
          s = row[c] as number;
        }
        (outputs[s] as Set<number>).add(group);
      }
    });
    // Breadth first, so a state's failure state is complete before the state itself.
    const delta = new Int32Array(trie.length * w);
    const fail = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let c = 0; c < w; c += 1) {
      const child = (trie[0] as number[])[c] as number;
      delta[c] = child === -1 ? 0 : child;
      if (child !== -1) queue.push(child);
    }
    for (let q = 0; q < queue.length; q += 1) {
      const s = queue[q] as number;
      const row = trie[s] as number[];
      const f = fail[s] as number;
      for (const g of outputs[f] as Set<number>) (outputs[s] as Set<number>).add(g);
      for (let c = 0; c < w; c += 1) {
        const child = row[c] as number;
        const viaFail = delta[f * w + c] as number;
        if (child === -1) {
          delta[s * w + c] = viaFail;
        } else {
          delta[s * w + c] = child;
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
    return { delta, outputs, breadthFirst: [0, ...queue] };
  }
}
