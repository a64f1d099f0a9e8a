// Reads a regular expression's source for the literal text every match must contain (used by
// required-literals.ts). Only soundness matters — a literal named must occur in every match — so
// what is not understood (a class, a class escape, a surrogate) ends a literal instead of joining
// it, and source that cannot be read at all throws.

import { literalChar, NONE, ONCE, ZERO_WIDTH, type Atom, type Quantity } from './atom.ts';
import { bestSet } from './best-set.ts';
import { plainMembers } from './plain-members.ts';

interface Sequence {
  /** Sets of literals every match holds one of each of. */
  readonly sets: (readonly string[])[];
  /** Every text the whole sequence can match, when few enough to list. */
  readonly spelled: readonly string[] | null;
}

/** Spelled-out alternatives kept at most: "(?:a|an|the) (?:deal|talks)" is 6. */
const MAX_SPELLED = 64;

export class LiteralParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  done(): boolean {
    return this.pos === this.src.length;
  }

  /** The top-level alternatives, each with all the literal sets it needs. */
  topLevel(): (readonly string[])[][] {
    const alternatives: (readonly string[])[][] = [];
    for (;;) {
      alternatives.push(this.sequence().sets);
      if (this.src[this.pos] !== '|') break;
      this.pos += 1;
    }
    return alternatives;
  }

  /** Alternatives up to `)`: a literal of any one must occur, so the union of each one's best set. */
  private alternation(): Atom {
    const union: string[] = [];
    let known = true;
    let spelled: string[] | null = [];
    for (;;) {
      const seq = this.sequence();
      const set = bestSet(seq.sets);
      if (set === null) known = false;
      else union.push(...set);
      if (spelled !== null && seq.spelled && spelled.length + seq.spelled.length <= MAX_SPELLED) {
        spelled.push(...seq.spelled);
      } else spelled = null;
      if (this.src[this.pos] !== '|') break;
      this.pos += 1;
    }
    return { literals: known ? union : null, spelled };
  }

  /**
   * One alternative. Consecutive characters and spelled-out groups are multiplied out into the
   * texts they can match ("i'?m (?:all )?for" → "i'm all for", "im for", …); anything else ends
   * that run, which becomes one set, and a mandatory group adds its own set.
   */
  private sequence(): Sequence {
    const sets: (readonly string[])[] = [];
    let frontier: string[] = [''];
    // Plain characters in a row, not yet joined to the frontier: joined once per run, not once
    // per character (a string and an array per character of 200 cue sources slowed the first
    // comment, and the rope strings it left cost again when the automaton read them).
    let run = '';
    const flush = (): void => {
      if (run === '') return;
      const tail = run;
      frontier = frontier.map((f) => f + tail);
      run = '';
    };
    let whole = true;
    const close = (): void => {
      flush();
      if (!frontier.includes('')) sets.push(frontier);
      frontier = [''];
      whole = false;
    };
    while (!this.done() && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      const quantity = this.quantifier();
      if (atom.zeroWidth === true) continue;
      if (atom.char !== undefined && quantity === ONCE) {
        // An optional group of 64 can leave 65 texts: too many to go on with, as below.
        if (frontier.length > MAX_SPELLED) close();
        run += atom.char;
        continue;
      }
      const options = atom.char !== undefined ? [atom.char] : (atom.spelled ?? null);
      if (options === null) {
        close();
        if (!quantity.optional && atom.literals !== null) sets.push(atom.literals);
        continue;
      }
      flush();
      const choices = quantity.optional ? [...options, ''] : options;
      if (frontier.length * choices.length > MAX_SPELLED) close();
      frontier = frontier.flatMap((f) => choices.map((c) => f + c));
      // "ab+c", "ab*c": the first repetition joins what came before it, later ones do not.
      if (quantity.many) close();
    }
    flush();
    const spelled = whole ? frontier : null;
    close();
    return { sets: sets.filter((s) => s.length > 0), spelled };
  }

  private atom(): Atom {
    const ch = this.src[this.pos] as string;
    this.pos += 1;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') return ZERO_WIDTH;
    if (ch === '.') return NONE;
    if ('*+?{}]|)'.includes(ch)) throw new SyntaxError(`unexpected ${ch}`);
    return literalChar(ch);
  }

  private group(): Atom {
    const src = this.src;
    let lookaround = false;
    if (src.startsWith('?:', this.pos)) this.pos += 2;
    else if (src.startsWith('?=', this.pos) || src.startsWith('?!', this.pos)) {
      this.pos += 2;
      lookaround = true;
    } else if (src.startsWith('?<=', this.pos) || src.startsWith('?<!', this.pos)) {
      this.pos += 3;
      lookaround = true;
    } else if (src.startsWith('?<', this.pos)) {
      const end = src.indexOf('>', this.pos);
      if (end < 0) throw new SyntaxError('unterminated group name');
      this.pos = end + 1;
    } else if (src[this.pos] === '?') throw new SyntaxError('unknown group');
    const inner = this.alternation();
    if (src[this.pos] !== ')') throw new SyntaxError('unclosed group');
    this.pos += 1;
    // A lookaround consumes nothing: its literals need not be inside the match.
    return lookaround ? ZERO_WIDTH : inner;
  }

  /**
   * A class of a few plain characters ("[.!?]", "[ée]") is spelled out as its members, so the run
   * of literals goes on through it: "talk[.!]" needs "talk." or "talk!", far rarer than "talk".
   * Anything else (plain-members.ts) is skipped as no literal.
   */
  private characterClass(): Atom {
    const start = this.pos;
    while (!this.done() && this.src[this.pos] !== ']') {
      this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    }
    if (this.done()) throw new SyntaxError('unclosed class');
    const body = this.src.slice(start, this.pos);
    this.pos += 1;
    const members = plainMembers(body);
    return members === null ? NONE : { literals: members, spelled: members };
  }

  private escape(): Atom {
    const ch = this.src[this.pos];
    if (ch === undefined) throw new SyntaxError('trailing backslash');
    this.pos += 1;
    if (ch === 'b' || ch === 'B') return ZERO_WIDTH;
    if (/[A-Za-z0-9]/u.test(ch)) {
      // Whatever the escape stands for, its digits and braces must not be read as literals.
      const open = this.src[this.pos];
      if (open === '{' || (ch === 'k' && open === '<')) {
        const end = this.src.indexOf(open === '{' ? '}' : '>', this.pos);
        if (end < 0) throw new SyntaxError('unclosed escape');
        this.pos = end + 1;
      } else if (ch === 'u') this.pos += 4;
      else if (ch === 'x') this.pos += 2;
      else if (ch === 'c') this.pos += 1;
      else if (/[0-9]/u.test(ch)) while (/[0-9]/u.test(this.src[this.pos] ?? '')) this.pos += 1;
      return NONE;
    }
    return literalChar(ch);
  }

  private quantifier(): Quantity {
    const ch = this.src[this.pos];
    let quantity: Quantity;
    if (ch === '?') quantity = { optional: true, many: false };
    else if (ch === '*') quantity = { optional: true, many: true };
    else if (ch === '+') quantity = { optional: false, many: true };
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/u.exec(this.src.slice(this.pos));
      if (!m) throw new SyntaxError('bad quantifier');
      this.pos += m[0].length - 1;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      quantity = { optional: min === 0, many: max > 1 };
    } else return ONCE;
    this.pos += 1;
    if (this.src[this.pos] === '?') this.pos += 1;
    return quantity;
  }
}
