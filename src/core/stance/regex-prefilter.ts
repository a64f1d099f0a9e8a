import { AlternativeTally } from './alternative-tally.ts';
import { LiteralMatcher } from './literal-matcher.ts';
import { isLiteralAlternation, requiredSets } from './required-literals.ts';
import { topLevelAlternatives } from './top-level-alternatives.ts';

/**
 * Literals are cut to this many characters where the scan only gates an expression: a text that
 * holds a literal holds its start, so the gate stays sound, and twelve characters rarely occur by
 * chance. Whole, the spelled-out cue literals made 59,000 automaton states, built before a
 * worker's first comment; cut, about 24,000 (a table a third the size, kinder to the cache).
 */
const MAX_LITERAL = 12;
const cut = (literal: string): string => literal.slice(0, MAX_LITERAL);

/**
 * Which of many regular expressions could match a text, from one scan for the literals each
 * needs (required-literals.ts). `may(i)` false is proof expression i cannot match; true only that
 * it may, so `may(i) && re.test(text)` answers exactly as `re.test(text)` does.
 */
export class RegexPrefilter {
  private readonly matcher: LiteralMatcher;
  private readonly tally: AlternativeTally;
  /** Per expression: null (always possible), or per alternative the matcher groups it needs. */
  private readonly needs: readonly (readonly (readonly number[])[] | null)[];
  /** Per expression: whether `may` is its exact answer (a plain alternation of literals). */
  private readonly exact: readonly boolean[];
  /**
   * Per expression: its top-level alternatives' sources, in the order of `needs`, or null. Most
   * texts meet the literals of one or two of a cue's twenty alternatives: testing those alone
   * spares the engine trying the other eighteen at every position of the comment.
   */
  private readonly parts: readonly (readonly string[] | null)[];
  /**
   * Per expression, its alternatives compiled alone, each on the first text that meets its
   * literals: compiling all 2,622 of them up front was part of the build on a worker's first
   * comment, and many are met by no comment of a dump.
   */
  private readonly compiled: (RegExp | undefined)[][];
  private readonly flags: readonly string[];
  private lastText: string | null = null;

  constructor(regexes: readonly RegExp[]) {
    const groups: (readonly string[])[] = [];
    this.exact = regexes.map(isLiteralAlternation);
    this.needs = regexes.map((re, i) => {
      const requirement = requiredSets(re);
      // An alternative that needs no literal may always match; the tally counts to at least one.
      if (requirement === null || requirement.some((sets) => sets.length === 0)) return null;
      const exact = this.exact[i] === true;
      return requirement.map((sets) =>
        sets.map((set) => groups.push(exact ? set : set.map(cut)) - 1),
      );
    });
    this.parts = regexes.map((re, i) => {
      const sources = topLevelAlternatives(re);
      const count = this.needs[i]?.length ?? 0;
      // The literal reading and the split must agree on the alternatives, or neither is trusted.
      if (sources === null || count < 2 || sources.length !== count) return null;
      return sources;
    });
    this.compiled = this.parts.map(() => []);
    this.flags = regexes.map((re) => re.flags);
    this.matcher = new LiteralMatcher(groups);
    this.tally = new AlternativeTally(this.needs, groups.length);
  }

  /** `re.test(text)` for expression i and the text last scanned, from the scan where it can. */
  test(i: number, re: RegExp, text: string): boolean {
    const parts = this.parts[i];
    if (parts === null || parts === undefined || this.exact[i] === true) {
      return this.may(i) && (this.exact[i] === true || re.test(text));
    }
    if (!this.tally.possible(i)) return false;
    const first = this.tally.firstOf[i] as number;
    for (let a = 0; a < parts.length; a += 1) {
      if (this.tally.met(first + a) && this.part(i, a, parts).test(text)) return true;
    }
    return false;
  }

  /** Alternative a of expression i, compiled alone on first use. */
  private part(i: number, a: number, sources: readonly string[]): RegExp {
    const compiled = this.compiled[i] as (RegExp | undefined)[];
    return (compiled[a] ??= new RegExp(sources[a] as string, this.flags[i]));
  }

  /** Reads `text` for the `may` calls that follow. */
  scan(text: string): this {
    // Several cue sets read the same comment text one after the other: scan it once.
    if (text !== this.lastText) {
      this.matcher.scan(text);
      this.tally.tally(this.matcher.hits, this.matcher.hitCount);
      this.lastText = text;
    }
    return this;
  }

  /** False when expression i cannot match the text last scanned. */
  may(i: number): boolean {
    const alternatives = this.needs[i];
    if (alternatives === undefined) throw new RangeError(`no expression ${i}`);
    return alternatives === null || this.tally.possible(i);
  }
}
