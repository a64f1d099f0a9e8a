import { LiteralMatcher } from './literal-matcher.ts';
import { requiredLiterals } from './required-literals.ts';

/**
 * Which of many regular expressions could match a text, from one scan for the literals each
 * needs (required-literals.ts). A 0 is proof the expression cannot match; a 1 only that it may, so
 * `may[i] === 1 && re.test(text)` answers exactly as `re.test(text)` does.
 */
export class RegexPrefilter {
  private readonly matcher: LiteralMatcher;
  private lastText: string | null = null;
  private last: Uint8Array = new Uint8Array(0);

  constructor(regexes: readonly RegExp[]) {
    this.matcher = new LiteralMatcher(regexes.map(requiredLiterals));
  }

  /** may[i] is 0 when regexes[i] cannot match `text`. Callers must not write to it. */
  scan(text: string): Uint8Array {
    // Several cue sets read the same comment text one after the other: scan it once.
    if (text !== this.lastText) {
      this.last = this.matcher.scan(text);
      this.lastText = text;
    }
    return this.last;
  }
}
