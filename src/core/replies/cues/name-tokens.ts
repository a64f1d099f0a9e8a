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

const TOKEN =
  /[a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\uffff]+(?:['’][a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff]+)*/g;
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

/** The body's word tokens (the first 800) with what surrounds each, for the name cues. */
export function nameTokens(body: string): Token[] {
  // Match offsets first (the cap counts matches), then one Token each; no per-match objects.
  const starts: number[] = [];
  const ends: number[] = [];
  const pattern = new RegExp(TOKEN.source, 'g');
  for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    if (starts.length > MAX_NAME_TOKENS) break;
  }
  const tokens: Token[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const prevEnd = i === 0 ? 0 : (ends[i - 1] ?? 0);
    const nextStart = starts[i + 1] ?? body.length;
    tokens.push(new LazyToken(body, start, ends[i] ?? start, prevEnd, nextStart, i === 0));
  }
  return tokens;
}
