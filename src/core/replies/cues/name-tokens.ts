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
 * A reply's tokens as offsets: the name cues compare every token with a name's first word but look
 * around only the few that match, and an object and two strings per token were most of the cost of
 * reading names on a 30,000-comment dump.
 */
export interface NameTokens {
  readonly length: number;
  /** Token `k` folded with `foldWord`. */
  lower(k: number): string | undefined;
  /** Whether token `k` folds to `word`: most tokens are told apart by their first character. */
  is(k: number, word: string): boolean;
  /** Token `k` with its surroundings. */
  at(k: number): Token | undefined;
  /** The indices of the tokens that fold to `word`, in order. */
  positions(word: string): readonly number[];
  /**
   * Whether token `k` is set off like a vocative mid-sentence: a comma before it (white space
   * between allowed) and a comma or a sentence's end right after ("That explains it, dave, and…").
   */
  setOff(k: number): boolean;
}

const NOWHERE: readonly number[] = [];
const COMMA = 0x2c;
/** After a set-off word: a comma or a sentence's end. */
const PAUSES = new Set([COMMA, 0x2e, 0x21, 0x3f]);
const SPACE = /\s/;
/** Between tokens, what ends a sentence: a module constant, as a literal is an object per use. */
const ENDS_SENTENCE = /[.!?\n:]/;

class TokenList implements NameTokens {
  readonly #lower: (string | undefined)[] = [];
  /**
   * Positions per word asked for: a reply is weighed against tens of candidates, and those of one
   * author, or of one first name, ask for the same word again.
   */
  #positions: Map<string, readonly number[]> | null = null;

  constructor(
    private readonly body: string,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {}

  get length(): number {
    return this.starts.length;
  }

  lower(k: number): string | undefined {
    const start = this.starts[k];
    if (start === undefined) return undefined;
    let word = this.#lower[k];
    if (word === undefined) {
      word = foldWord(this.body.slice(start, this.ends[k]));
      this.#lower[k] = word;
    }
    return word;
  }

  is(k: number, word: string): boolean {
    const start = this.starts[k];
    if (start === undefined) return false;
    const c = this.body.charCodeAt(start);
    // An ASCII first character lower-cases alone; a token never folds to an empty word.
    if (c < 0x80 && (c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(0)) return false;
    return this.lower(k) === word;
  }

  positions(word: string): readonly number[] {
    this.#positions ??= new Map();
    let found = this.#positions.get(word);
    if (found === undefined) {
      let list: number[] | null = null;
      for (let k = 0; k < this.starts.length; k++) if (this.is(k, word)) (list ??= []).push(k);
      found = list ?? NOWHERE;
      this.#positions.set(word, found);
    }
    return found;
  }

  setOff(k: number): boolean {
    const start = this.starts[k];
    const end = this.ends[k];
    if (k === 0 || start === undefined || end === undefined) return false;
    if (!PAUSES.has(this.body.charCodeAt(end))) return false;
    const floor = this.ends[k - 1] ?? 0;
    let at = start - 1;
    while (at >= floor && SPACE.test(this.body.charAt(at))) at -= 1;
    return at >= floor && this.body.charCodeAt(at) === COMMA;
  }

  at(k: number): Token | undefined {
    const start = this.starts[k];
    const end = this.ends[k];
    if (start === undefined || end === undefined) return undefined;
    const prevEnd = k === 0 ? 0 : (this.ends[k - 1] ?? 0);
    const nextStart = this.starts[k + 1] ?? this.body.length;
    return new LazyToken(this.body, start, end, prevEnd, nextStart, k === 0, this.lower(k) ?? '');
  }
}

/** One token, built only where a name matched: it cuts its surroundings when asked. */
class LazyToken implements Token {
  constructor(
    private readonly body: string,
    private readonly start: number,
    private readonly end: number,
    /** Where the previous token ended (0 for the first). */
    private readonly prevEnd: number,
    /** Where the next token starts (the body's length for the last). */
    private readonly nextStart: number,
    private readonly first: boolean,
    readonly lower: string,
  ) {}

  get text(): string {
    return this.body.slice(this.start, this.end);
  }

  get before(): string {
    return this.body.slice(this.prevEnd, this.start);
  }

  get after(): string {
    return this.body.slice(this.end, this.nextStart);
  }

  get sentenceStart(): boolean {
    return this.first || ENDS_SENTENCE.test(this.before);
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
 * Where each token of `body` starts and ends (the first 801), written from index 0 of `starts` and
 * `ends`; returns how many. Letters and digits, then any number of apostrophes each followed by
 * letters. A scan of character codes: the regular expression it replaces built a match array per
 * token of every reply that holds a candidate's name.
 */
export function tokenSpans(body: string, starts: number[], ends: number[]): number {
  const n = body.length;
  let count = 0;
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
    starts[count] = start;
    ends[count] = i;
    count++;
    if (count > MAX_NAME_TOKENS) break;
  }
  return count;
}

// Where tokens are collected, kept at their largest, before each list is copied out at its length:
// grown push by push for every reply, the lists left their size and more in garbage (about 40 of
// the 382 MB inferring the replies of a 30,000-comment dump allocated).
const startsFound: number[] = [];
const endsFound: number[] = [];

/** The body's word tokens (the first 801) with what surrounds each, for the name cues. */
export function nameTokens(body: string): NameTokens {
  const count = tokenSpans(body, startsFound, endsFound);
  return new TokenList(body, startsFound.slice(0, count), endsFound.slice(0, count));
}
