// Which alternatives of which expressions have every literal group they need, counted from the
// groups a scan found (regex-prefilter.ts). Each group belongs to one alternative, so the work per
// comment is one step per group found, where asking every alternative of the 200 cue expressions
// for each of its groups cost 2,000 probes a comment whatever it said.

export class AlternativeTally {
  /** Per group: the alternative (numbered across all expressions) that needs it. */
  private readonly alternativeOf: Int32Array;
  /** Per alternative: how many groups it needs, and its expression. */
  private readonly need: Int32Array;
  private readonly expressionOf: Int32Array;
  /** Per expression: the number of its first alternative. */
  readonly firstOf: Int32Array;
  /** Pass stamps: an alternative's count is stale, and it or an expression unmet, unless equal. */
  private readonly countPass: Int32Array;
  private readonly count: Int32Array;
  private readonly metPass: Int32Array;
  private readonly possiblePass: Int32Array;
  private pass = 0;

  /** `needs[i]`: per alternative of expression i, the groups it needs (null: no expression here). */
  constructor(needs: readonly (readonly (readonly number[])[] | null)[], groups: number) {
    this.alternativeOf = new Int32Array(groups).fill(-1);
    this.firstOf = new Int32Array(needs.length + 1);
    const need: number[] = [];
    const expressionOf: number[] = [];
    needs.forEach((alternatives, i) => {
      for (const all of alternatives ?? []) {
        for (const g of all) this.alternativeOf[g] = need.length;
        expressionOf.push(i);
        need.push(all.length);
      }
      this.firstOf[i + 1] = need.length;
    });
    this.need = Int32Array.from(need);
    this.expressionOf = Int32Array.from(expressionOf);
    this.countPass = new Int32Array(need.length);
    this.count = new Int32Array(need.length);
    this.metPass = new Int32Array(need.length);
    this.possiblePass = new Int32Array(needs.length);
  }

  /** Counts the groups found by a scan: hits[0 … hitCount), each once. */
  tally(hits: Int32Array, hitCount: number): void {
    const pass = (this.pass = (this.pass + 1) | 0);
    for (let k = 0; k < hitCount; k += 1) {
      const a = this.alternativeOf[hits[k] as number] as number;
      if (a < 0) continue;
      if (this.countPass[a] !== pass) {
        this.countPass[a] = pass;
        this.count[a] = 0;
      }
      const count = (this.count[a] as number) + 1;
      this.count[a] = count;
      if (count === this.need[a]) {
        this.metPass[a] = pass;
        this.possiblePass[this.expressionOf[a] as number] = pass;
      }
    }
  }

  /** Whether some alternative of expression i had all its groups in the last tally. */
  possible(i: number): boolean {
    return this.possiblePass[i] === this.pass;
  }

  /** Whether alternative a (numbered across all expressions) had all its groups. */
  met(a: number): boolean {
    return this.metPass[a] === this.pass;
  }
}
