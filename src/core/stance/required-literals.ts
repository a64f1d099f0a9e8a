// Literal strings of which every match of a regular expression contains one, read from its source:
// a cheap multi-pattern scan for them can then spare the expression on most texts. Only soundness
// matters — a literal listed must occur in every match — so anything not understood (a class, an
// escape, a zero-width assertion, a non-ASCII character) ends a literal run instead of joining it,
// and an expression whose source cannot be read at all gets null: "no literal, always try it".

type Literals = readonly string[] | null;
type Quantity = 'once' | 'optional' | 'repeated';

interface Atom {
  /** A literal ASCII character, or undefined. */
  readonly char?: string;
  /** For a group: literals every match of it contains. */
  readonly literals: Literals;
}

const NONE: Atom = { literals: null };

/**
 * What every match of a regular expression contains: for each top-level alternative, sets of
 * literals of which the match holds one from every set. "russia (?:never|not once) kept" needs
 * one of [russia] and one of [never, not once] and [kept].
 */
export type Requirement = readonly (readonly (readonly string[])[])[];

/** Sets shorter than this are dropped from a conjunction: " " is in every text, so it rules nothing out. */
const MIN_USEFUL = 3;

/** Literals one of which every match of `re` contains; null when none can be named. */
export function requiredLiterals(re: RegExp): string[] | null {
  const requirement = requiredSets(re);
  if (requirement === null) return null;
  return [...new Set(requirement.map((sets) => best(sets) ?? []).flat())];
}

/**
 * Whether `re` is nothing but literals joined by `|` ("puppet|dupe|collu"): then it matches exactly
 * when one of them occurs, and the literal scan answers for it outright.
 */
export function isLiteralAlternation(re: RegExp): boolean {
  return !/[giy]/u.test(re.flags) && /^[a-z0-9 ',-]+(?:\|[a-z0-9 ',-]+)*$/u.test(re.source);
}

/** The literal sets each alternative of `re` needs; null when some alternative needs none. */
export function requiredSets(re: RegExp): Requirement | null {
  // Case folding would need folded literals; g and y keep state between calls, which a skipped
  // call would change.
  if (/[giy]/u.test(re.flags)) return null;
  try {
    const parser = new Parser(re.source);
    const alternatives = parser.topLevel();
    if (!parser.done() || alternatives.some((sets) => sets.length === 0)) return null;
    return alternatives;
  } catch {
    return null;
  }
}

class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  done(): boolean {
    return this.pos === this.src.length;
  }

  /** The top-level alternatives, each with the literal sets it needs (useful ones only). */
  topLevel(): (readonly (readonly string[])[])[] {
    const alternatives: (readonly (readonly string[])[])[] = [];
    for (;;) {
      const sets = this.sequence();
      const useful = sets.filter((set) => shortest(set) >= MIN_USEFUL);
      const fallback = best(sets);
      alternatives.push(useful.length > 0 ? useful : fallback ? [fallback] : []);
      if (this.src[this.pos] !== '|') break;
      this.pos += 1;
    }
    return alternatives;
  }

  /** Alternatives up to `)`: a literal of any one must occur, so the union of each one's best set. */
  private alternation(): Literals {
    const union: string[] = [];
    let known = true;
    for (;;) {
      const seq = best(this.sequence());
      if (seq === null) known = false;
      else union.push(...seq);
      if (this.src[this.pos] !== '|') break;
      this.pos += 1;
    }
    return known ? union : null;
  }

  /** One alternative: its literal runs and mandatory groups, each a set every match meets. */
  private sequence(): (readonly string[])[] {
    const candidates: (readonly string[])[] = [];
    let run = '';
    const close = (): void => {
      if (run !== '') candidates.push([run]);
      run = '';
    };
    while (!this.done() && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      const quantity = this.quantifier();
      if (atom.char !== undefined && quantity !== 'optional') {
        run += atom.char;
        // "ab+c" has "ab" and "c" in every match, not "abc".
        if (quantity === 'repeated') close();
        continue;
      }
      close();
      if (quantity !== 'optional' && atom.literals !== null) candidates.push(atom.literals);
    }
    close();
    return candidates.filter((c) => c.length > 0);
  }

  private atom(): Atom {
    const ch = this.src[this.pos] as string;
    this.pos += 1;
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.skipClass();
      return NONE;
    }
    if (ch === '\\') return this.escape();
    if (ch === '.' || ch === '^' || ch === '$') return NONE;
    if ('*+?{}]|)'.includes(ch)) throw new SyntaxError(`unexpected ${ch}`);
    return ch.charCodeAt(0) < 128 ? { char: ch, literals: null } : NONE;
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
    const literals = this.alternation();
    if (src[this.pos] !== ')') throw new SyntaxError('unclosed group');
    this.pos += 1;
    // A lookaround consumes nothing: its literals need not be inside the match.
    return lookaround ? NONE : { literals };
  }

  private skipClass(): void {
    while (!this.done() && this.src[this.pos] !== ']') {
      this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    }
    if (this.done()) throw new SyntaxError('unclosed class');
    this.pos += 1;
  }

  private escape(): Atom {
    const ch = this.src[this.pos];
    if (ch === undefined) throw new SyntaxError('trailing backslash');
    this.pos += 1;
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
    return ch.charCodeAt(0) < 128 ? { char: ch, literals: null } : NONE;
  }

  private quantifier(): Quantity {
    const ch = this.src[this.pos];
    let quantity: Quantity = 'once';
    if (ch === '?' || ch === '*') quantity = 'optional';
    else if (ch === '+') quantity = 'repeated';
    else if (ch === '{') {
      const m = /^\{(\d+)(,\d*)?\}/u.exec(this.src.slice(this.pos));
      if (!m) throw new SyntaxError('bad quantifier');
      this.pos += m[0].length - 1;
      quantity = Number(m[1]) === 0 ? 'optional' : 'repeated';
    } else return quantity;
    this.pos += 1;
    if (this.src[this.pos] === '?') this.pos += 1;
    return quantity;
  }
}

/** The set whose shortest literal is longest: it rules out the most texts. */
function best(sets: readonly (readonly string[])[]): readonly string[] | null {
  let chosen: readonly string[] | null = null;
  for (const set of sets) if (chosen === null || shortest(set) > shortest(chosen)) chosen = set;
  return chosen;
}

function shortest(literals: readonly string[]): number {
  return literals.reduce((min, l) => Math.min(min, l.length), Infinity);
}
