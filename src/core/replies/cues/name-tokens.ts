import { isApostropheCode, isLetterOrDigitCode } from '../../text/char-codes.ts';
import { foldWord } from './scan-words.ts';

export interface Token {
  /** As written, e.g. `Vincent`, `you're`. */
  readonly text: string;
  /** Folded with `foldWord`. */
  readonly lower: string;
  /** Characters between the previous token and this one (punctuation, spaces, newlines). */
  readonly before: string;
  /** Characters between this token and the next one. */
  readonly after: string;
  /** First token of the body or of a sentence. */
  readonly sentenceStart: boolean;
}

// A name is written early: past this many tokens a megabyte comment would only cost time.
const MAX_NAME_TOKENS = 800;

/**
 * A token that cuts its surroundings out of the body only when asked: the name cues scan every
 * token's `lower` but look around only the few that match a name, and building all of them eagerly
 * was most of the cost of reading names on a 50,000-comment dump.
 */
class LazyToken implements Token {
  readonly text: string;
  readonly lower: string;

  constructor(
    private readonly body: string,
    private readonly start: number,
    private readonly end: number,
    /** Where the previous token ended (0 for the first). */
    private readonly prevEnd: number,
    /** Where the next token starts (the body's length for the last). */
    private readonly nextStart: number,
    private readonly first: boolean,
  ) {
    this.text = body.slice(start, end);
    this.lower = foldWord(this.text);
  }

  get before(): string {
    return this.body.slice(this.prevEnd, this.start);
  }

  get after(): string {
    return this.body.slice(this.end, this.nextStart);
  }

  get sentenceStart(): boolean {
    return this.first || /[.!?\n:]/.test(this.before);
  }
}

/**
 * A letter after an apostrophe: no digit, nothing from U+2000 on (`don't`, `O'Neil`, not `rock'n'9`).
 * The name cues once matched tokens with a regular expression; these are its two classes.
 */
function isLetterAfterApostrophe(c: number): boolean {
  return c < 0x80
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    : isLetterOrDigitCode(c) && c < 0x2000;
}

/**
 * Where each token of `body` starts and ends (the first 801): letters and digits, then any number of
 * apostrophes each followed by letters. A scan of character codes: the regular expression it replaces
 * built a match array per token of every reply that holds a candidate's name.
 */
export function tokenSpans(body: string, starts: number[], ends: number[]): void {
  const n = body.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrDigitCode(body.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetterOrDigitCode(body.charCodeAt(i))) i++;
    while (
      i + 1 < n &&
      isApostropheCode(body.charCodeAt(i)) &&
      isLetterAfterApostrophe(body.charCodeAt(i + 1))
    ) {
      i += 2;
      while (i < n && isLetterAfterApostrophe(body.charCodeAt(i))) i++;
    }
    starts.push(start);
    ends.push(i);
    if (starts.length > MAX_NAME_TOKENS) return;
  }
}

/** The body's word tokens (the first 800) with what surrounds each, for the name cues. */
export function nameTokens(body: string): Token[] {
  // Offsets first (the cap counts tokens), then one Token each.
  const starts: number[] = [];
  const ends: number[] = [];
  tokenSpans(body, starts, ends);
  const tokens: Token[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const prevEnd = i === 0 ? 0 : (ends[i - 1] ?? 0);
    const nextStart = starts[i + 1] ?? body.length;
    tokens.push(new LazyToken(body, start, ends[i] ?? start, prevEnd, nextStart, i === 0));
  }
  return tokens;
}
