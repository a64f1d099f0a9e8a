import { LiteralMatcher } from './literal-matcher.ts';
import { isLiteralAlternation, requiredSets } from './required-literals.ts';

/**
 * Which of many regular expressions could match a text, from one scan for the literals each
 * needs (required-literals.ts). `may(i)` false is proof expression i cannot match; true only that
 * it may, so `may(i) && re.test(text)` answers exactly as `re.test(text)` does.
 */
export class RegexPrefilter {
  private readonly matcher: LiteralMatcher;
  /** Per expression: null (always possible), or per alternative the matcher groups it needs. */
  private readonly needs: readonly (readonly (readonly number[])[] | null)[];
  /** Per expression: whether `may` is its exact answer (a plain alternation of literals). */
  private readonly exact: readonly boolean[];
  private lastText: string | null = null;

  constructor(regexes: readonly RegExp[]) {
    const groups: (readonly string[])[] = [];
    this.needs = regexes.map((re) => {
      const requirement = requiredSets(re);
      if (requirement === null) return null;
      return requirement.map((sets) => sets.map((set) => groups.push(set) - 1));
    });
    this.exact = regexes.map(isLiteralAlternation);
    this.matcher = new LiteralMatcher(groups);
  }

  /** `re.test(text)` for expression i and the text last scanned, from the scan where it can. */
  test(i: number, re: RegExp, text: string): boolean {
    return this.may(i) && (this.exact[i] === true || re.test(text));
  }

  /** Reads `text` for the `may` calls that follow. */
  scan(text: string): this {
    // Several cue sets read the same comment text one after the other: scan it once.
    if (text !== this.lastText) {
      this.matcher.scan(text);
      this.lastText = text;
    }
    return this;
  }

  /** False when expression i cannot match the text last scanned. */
  may(i: number): boolean {
    const alternatives = this.needs[i];
    if (alternatives === undefined) throw new RangeError(`no expression ${i}`);
    if (alternatives === null) return true;
    const matcher = this.matcher;
    for (const all of alternatives) {
      let met = true;
      for (const g of all) {
        if (!matcher.has(g)) {
          met = false;
          break;
        }
      }
      if (met) return true;
    }
    return false;
  }
}
