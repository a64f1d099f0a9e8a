// Aho–Corasick over UTF-16 code units: one pass over a comment tells which of many literal groups
// occur in it, where a regular expression per group would scan the text once each. Characters are
// mapped to classes first: every character no literal contains is class 0, which sends the
// automaton back to its root.

import { characterClasses } from './character-classes.ts';
import { literalAutomaton } from './literal-automaton.ts';
import { renumberStates } from './renumber-states.ts';
import { withoutSuperstrings } from './without-superstrings.ts';

/** Texts this many times the longest literal get four cursors: the overlaps are a small share. */
const FOUR_CURSORS = 6;
/** Nor shorter than this: the cursors' parts must fit in the text however short the literals. */
const FOUR_CURSORS_MIN = 16;

export class LiteralMatcher {
  /**
   * The class of every code unit (128 KB, of which prose reads four cache lines): a branch per
   * character between an ASCII table and a Map of the few wide characters ("naïve") cost more.
   * Two bytes a class, so literals may hold any number of distinct characters.
   */
  private readonly classOf: Uint16Array;
  /** log2 of the row width: rows are a power of two wide, so a state is its row's offset. */
  private readonly shift: number;
  /**
   * The next state, at (state << shift) + class: a full table, no failure walks. Two bytes a
   * state keep the table in cache: it is read once per character of every comment.
   */
  private readonly next: Uint16Array | Uint32Array;
  /** States that report groups are numbered last: states from here report. */
  private readonly firstReporting: number;
  /** Groups reported on entering state s: out[outStart[s] … outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly out: Int32Array;
  /** The pass in which each state last marked its groups, and each group was last found. */
  private readonly seen: Int32Array;
  private readonly found: Int32Array;
  /** The groups found by the last scan, each once, in the order found: hits[0 … hitCount). */
  readonly hits: Int32Array;
  hitCount = 0;
  private pass = 0;
  /** The longest literal: no state is deeper, so a walk begun this far back has caught up. */
  private readonly depth: number;
  /** The shortest text read with four cursors. */
  private readonly fourFrom: number;
  /** The reporting states the cursors entered, in a scan's walk; grown for a longer text. */
  private entered = new Int32Array(1024);

  /** `groups[i]` null: group i is always reported. */
  constructor(private readonly groups: readonly (readonly string[] | null)[]) {
    const literals = groups.map((g) => (g === null ? null : withoutSuperstrings(g)));
    let depth = 0;
    for (const g of literals)
      for (const literal of g ?? []) depth = Math.max(depth, literal.length);
    this.depth = depth;
    this.fourFrom = Math.max(FOUR_CURSORS * depth, FOUR_CURSORS_MIN);
    const { classOf, classes } = characterClasses(literals);
    this.classOf = classOf;
    this.shift = Math.ceil(Math.log2(classes));
    const { delta, outputs, breadthFirst, states } = literalAutomaton(
      literals,
      this.classOf,
      classes,
    );
    const table = renumberStates(delta, outputs, breadthFirst, classes, this.shift);
    this.next = table.next;
    this.firstReporting = table.firstReporting;
    this.outStart = table.outStart;
    this.out = table.out;
    this.seen = new Int32Array(states);
    this.found = new Int32Array(groups.length);
    this.hits = new Int32Array(groups.length);
  }

  /** Reads `text`; `has(i)` then tells whether a literal of group i occurs in it. */
  scan(text: string): void {
    // A pass number instead of a fresh array per text: nothing to allocate or clear.
    const pass = (this.pass = (this.pass + 1) | 0);
    // Room for an entry a cursor step: the cursors' overlaps add under 3·depth + 4 steps.
    const room = text.length + 4 * this.depth + 8;
    if (this.entered.length < room) this.entered = new Int32Array(2 * room);
    // Each character's step waits on the table read of the step before it, mostly a cache miss:
    // cursors walking different parts of the text in one loop overlap those waits. A cursor
    // starts at the root `depth` characters before its part, so by the part it is in the state a
    // single walk would be in (no state is deeper than the longest literal); what any cursor
    // reports is a literal that occurs, and every occurrence is seen by one of them.
    this.hitCount = text.length >= this.fourFrom ? this.scan4(text, pass) : this.scan2(text, pass);
  }

  /** Two cursors of one length: from the start, and ending at the end. */
  private scan2(text: string, pass: number): number {
    const { classOf, next, shift, entered } = this;
    const silent = this.firstReporting - 1;
    const n = text.length;
    const length = Math.min(n, (n + this.depth + 1) >> 1);
    const from = n - length;
    let m = 0;
    let a = 0;
    let b = 0;
    for (let i = 0; i < length; i += 1) {
      a = next[(a << shift) + (classOf[text.charCodeAt(i)] as number)] as number;
      b = next[(b << shift) + (classOf[text.charCodeAt(from + i)] as number)] as number;
      // See scan4: kept only if it reports, without a branch.
      entered[m] = a;
      m += (silent - a) >>> 31;
      entered[m] = b;
      m += (silent - b) >>> 31;
    }
    return this.reportEntered(m, pass);
  }

  /**
   * Four cursors of one length L, each starting `depth` before the previous one's end and the
   * last ending at the text's end: 3(L − depth) + L ≥ n.
   */
  private scan4(text: string, pass: number): number {
    const { classOf, next, shift, entered } = this;
    const silent = this.firstReporting - 1;
    const n = text.length;
    const depth = this.depth;
    const length = (n + 3 * depth + 3) >> 2;
    const b0 = length - depth;
    const c0 = 2 * b0;
    const d0 = n - length;
    let m = 0;
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (let i = 0; i < length; i += 1) {
      a = next[(a << shift) + (classOf[text.charCodeAt(i)] as number)] as number;
      b = next[(b << shift) + (classOf[text.charCodeAt(b0 + i)] as number)] as number;
      c = next[(c << shift) + (classOf[text.charCodeAt(c0 + i)] as number)] as number;
      d = next[(d << shift) + (classOf[text.charCodeAt(d0 + i)] as number)] as number;
      // A fifth of the steps enter a reporting state, at no pattern a branch predictor learns:
      // each state is written, and kept (m advanced) only if it reports ((silent − s) < 0).
      // Reporting inside the loop also stalled the four cursors' overlapped table reads.
      entered[m] = a;
      m += (silent - a) >>> 31;
      entered[m] = b;
      m += (silent - b) >>> 31;
      entered[m] = c;
      m += (silent - c) >>> 31;
      entered[m] = d;
      m += (silent - d) >>> 31;
    }
    return this.reportEntered(m, pass);
  }

  /** Reports the states entered[0 … m), each once a pass; returns the hit count. */
  private reportEntered(m: number, pass: number): number {
    const { entered, seen } = this;
    let hitCount = 0;
    for (let k = 0; k < m; k += 1) {
      const s = entered[k] as number;
      // Common literals ("the", "war") recur in a text: each state's groups are marked once.
      if (seen[s] !== pass) hitCount = this.report(s, pass, hitCount);
    }
    return hitCount;
  }

  /** Marks the groups state s reports, each group once a pass; returns the new hit count. */
  private report(s: number, pass: number, hitCount: number): number {
    const { outStart, out, found, hits } = this;
    this.seen[s] = pass;
    const end = outStart[s + 1] as number;
    for (let k = outStart[s] as number; k < end; k += 1) {
      const g = out[k] as number;
      if (found[g] === pass) continue;
      found[g] = pass;
      hits[hitCount++] = g;
    }
    return hitCount;
  }

  /** Whether a literal of group i occurred in the text last scanned (always, for a null group). */
  has(group: number): boolean {
    return this.found[group] === this.pass || this.groups[group] === null;
  }
}
