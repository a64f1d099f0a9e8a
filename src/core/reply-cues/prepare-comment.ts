// Everything the reply cues read from one comment. The cheap parts are computed once per comment;
// the token list with offsets, needed only when a name may be present, is built on first use, so
// that inference stays linear and fast on dumps of tens of thousands of comments.

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

export interface PreparedComment {
  readonly author: string | null;
  /** Author folded for comparisons (`MyThreeCents` and `mythreecents` are the same person). */
  readonly authorKey: string | null;
  /** Folded words in order. */
  readonly words: readonly string[];
  /** Folded words written with a capital (or first in the body): the only places a name can be. */
  readonly nameWords: ReadonlySet<string>;
  /** Tokens with their surroundings, built on first use. */
  readonly tokens: readonly Token[];
  /** Folded words joined by single spaces, padded with a space each side for whole-word search. */
  readonly normText: string;
  /** Normalized text of what the comment puts between double quotation marks (two words or more). */
  readonly quotedSpans: readonly string[];
  /** Normalized sentences that end with a question mark, quotations aside. */
  readonly questions: readonly string[];
  /** The last sentence is a question (quotations aside): it invites an answer. */
  readonly endsWithQuestion: boolean;
  readonly wordCount: number;
  /** The start of the body as written (up to 240 characters), where openers and "you" are read. */
  readonly opening: string;
  /** The first sentence as written. */
  readonly firstSentence: string;
}

// Letters of Latin and most other scripts, digits and the apostrophe; General Punctuation
// (U+2000–U+206F: curly quotes, dashes) and the Latin-1 symbols are separators.
const SEPARATOR = /[^a-zA-Z0-9'\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\uffff]+/;
const TOKEN = /[a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\uffff]+(?:'[a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff]+)*/g;
// Straight and curly double quotes; single quotes are too often apostrophes to pair reliably.
const QUOTED = /["“”„]([^"“”„]{3,}?)["“”]/g;

/** Lower case, no surrounding apostrophes, no possessive: `Gordon's` and `gordon` are one word. */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes("'")) w = w.replace(/^'+|'+$/g, '').replace(/'s$/, '');
  return w;
}

export function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/’/g, "'").split(SEPARATOR)) {
    if (raw === '') continue;
    const w = foldWord(raw);
    if (w !== '') out.push(w);
  }
  return out;
}

export function normalizeWords(text: string): string {
  return splitWords(text).join(' ');
}

function tokenize(body: string): Token[] {
  const text = body.replace(/’/g, "'");
  const raw: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOKEN)) raw.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return raw.map((t, i) => {
    const before = text.slice(i === 0 ? 0 : (raw[i - 1]?.end ?? 0), t.start);
    return {
      text: t.text,
      lower: foldWord(t.text),
      before,
      after: text.slice(t.end, raw[i + 1]?.start ?? text.length),
      sentenceStart: i === 0 || /[.!?\n:]/.test(before),
    };
  });
}

const isUpper = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);

export function prepareComment(author: string | null, body: string): PreparedComment {
  const rawWords = body.replace(/’/g, "'").split(SEPARATOR);
  const words: string[] = [];
  const nameWords = new Set<string>();
  for (const raw of rawWords) {
    if (raw === '') continue;
    const w = foldWord(raw);
    if (w === '') continue;
    if (words.length === 0 || isUpper(raw.replace(/^'+/, '').charCodeAt(0))) nameWords.add(w);
    words.push(w);
  }
  const hasQuotes = /["“”„]/.test(body);
  const quotedSpans: string[] = [];
  if (hasQuotes) {
    for (const m of body.matchAll(QUOTED)) {
      const span = normalizeWords(m[1] ?? '');
      if (span.includes(' ')) quotedSpans.push(span);
    }
  }
  // Questions inside quotations are somebody else's.
  const ownText = hasQuotes ? body.replace(QUOTED, ' ') : body;
  const questions = ownText.includes('?')
    ? ownText
        .split(/(?<=[.!?\n])(?![?!])/)
        .filter((s) => s.trimEnd().endsWith('?'))
        .map(normalizeWords)
        .filter((q) => q !== '')
    : [];
  const trimmed = body.trimStart();
  let tokens: Token[] | null = null;
  return {
    author,
    authorKey: author === null ? null : author.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''),
    words,
    nameWords,
    get tokens(): Token[] {
      tokens ??= tokenize(body);
      return tokens;
    },
    normText: ` ${words.join(' ')} `,
    quotedSpans,
    questions,
    endsWithQuestion: questions.length > 0 && /\?+\W*(?:heh|lol|ha|eh)?\W*$/i.test(ownText.trimEnd()),
    wordCount: words.length,
    opening: trimmed.slice(0, 240),
    firstSentence: (/^[^.!?\n]*[.!?]*/.exec(trimmed.slice(0, 400)) ?? [''])[0],
  };
}
