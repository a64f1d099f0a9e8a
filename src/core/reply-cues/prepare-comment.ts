import { contentStem, newVocabulary, type Vocabulary } from './rare-words.ts';

// Everything the reply cues read from one comment, in one pass over its characters. What only a
// few cues need (tokens with their surroundings, the normalized text) is built on first use, so
// inference stays linear and cheap on dumps of tens of thousands of comments.

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
  /** The first word, folded. */
  readonly firstWord: string;
  /** Folded words written with a capital (or first in the body): the only places a name can be. */
  readonly nameWords: ReadonlySet<string>;
  /** Distinct content stems (see `contentStem`), and the word written for each, same order. */
  readonly stems: readonly string[];
  /** The same stems as a set, built on first use. */
  readonly stemSet: ReadonlySet<string>;
  readonly stemWords: readonly string[];
  /** Tokens with their surroundings (the first 800), built on first use. */
  readonly tokens: readonly Token[];
  /** Folded words joined by single spaces, padded with a space each side; built on first use. */
  readonly normText: string;
  /** What the comment puts between double quotation marks (two words or more; the first 12). */
  readonly quotedSpans: readonly string[];
  /** The content stems of each quoted span, same order. */
  readonly quotedStems: readonly (readonly string[])[];
  /** Asks something, quotations aside. */
  readonly asks: boolean;
  /** The last sentence is a question (quotations aside): it invites an answer. */
  readonly endsWithQuestion: boolean;
  readonly wordCount: number;
  /** The start of the body as written (up to 240 characters), where openers and "you" are read. */
  readonly opening: string;
  /** The first sentence as written. */
  readonly firstSentence: string;
  /** The whole body as written. */
  readonly body: string;
}

const TOKEN =
  /[a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\uffff]+(?:['’][a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff]+)*/g;
// Straight and curly double quotes; single quotes are too often apostrophes to pair reliably.
const QUOTED = /["“”„]([^"“”„]{3,}?)["“”]/g;
// Bounds that keep a pathological comment (a megabyte of quotes or names) from stalling the
// inference: people quote a few passages and name people early, not thousands of times.
const MAX_QUOTED_SPANS = 12;
const MAX_NAME_TOKENS = 800;

/** Letters of Latin and most other scripts and digits; General Punctuation (U+2000–U+206F) is not. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c >= 0x2070);
}
const isUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Lower case, straight apostrophe, no possessive: `Gordon’s` and `gordon` are one word. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no apostrophe: skip the two regex passes (this runs for every token).
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  return lower.replace(/’/g, "'").replace(/'s$/, '');
}

/**
 * Calls `each(start, end, upper, apostrophe)` for every word (letters and digits, with inner
 * apostrophes). The caller slices only the words it needs: on a big dump, allocating a string per
 * word (or running a regular expression per word) is the costliest part of preparing it.
 */
function scanWords(
  text: string,
  each: (start: number, end: number, upper: boolean, apostrophe: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    let apostrophe = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        if (c < 0x80 ? c >= 65 && c <= 90 : c < 0x2070) upper = true;
        i++;
      } else if (isApostrophe(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
        apostrophe = true;
        i += 2;
      } else break;
    }
    each(start, i, upper, apostrophe);
  }
}

function folded(
  text: string,
  start: number,
  end: number,
  upper: boolean,
  apostrophe: boolean,
): string {
  const raw = text.slice(start, end);
  const lower = upper ? raw.toLowerCase() : raw;
  return apostrophe ? foldWord(lower) : lower;
}

export function splitWords(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (s, e, u, a) => out.push(folded(text, s, e, u, a)));
  return out;
}

export function normalizeWords(text: string): string {
  return splitWords(text).join(' ');
}

function tokenize(body: string): Token[] {
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
    const end = ends[i] ?? start;
    const text = body.slice(start, end);
    const before = body.slice(i === 0 ? 0 : (ends[i - 1] ?? 0), start);
    tokens.push({
      text,
      lower: foldWord(text),
      before,
      after: body.slice(end, starts[i + 1] ?? body.length),
      sentenceStart: i === 0 || /[.!?\n:]/.test(before),
    });
  }
  return tokens;
}

/** Pass one `vocabulary` to every comment of a dump: it counts the comments using each stem. */
export function prepareComment(
  author: string | null,
  body: string,
  vocabulary: Vocabulary = newVocabulary(),
): PreparedComment {
  let wordCount = 0;
  let firstWord = '';
  const nameWords = new Set<string>();
  const stems: string[] = [];
  const stemWords: string[] = [];
  const serial = ++vocabulary.comments;
  const { df, lastSeen } = vocabulary;
  scanWords(body, (start, end, upper, apostrophe) => {
    wordCount++;
    const first = wordCount === 1;
    const capital = isUpper(body.charCodeAt(start));
    // Short lower-case words are neither names nor content: count them, nothing more.
    if (!first && !capital && end - start < 4) return;
    const w = folded(body, start, end, upper, apostrophe);
    if (first) firstWord = w;
    if (first || capital) nameWords.add(w);
    const stem = contentStem(w, vocabulary.stemOf);
    if (stem === '' || lastSeen.get(stem) === serial) return;
    lastSeen.set(stem, serial);
    df.set(stem, (df.get(stem) ?? 0) + 1);
    stems.push(stem);
    stemWords.push(w);
  });
  const hasQuotes = /["“”„]/.test(body);
  const quotedSpans: string[] = [];
  const quotedStems: string[][] = [];
  if (hasQuotes) {
    for (const m of body.matchAll(QUOTED)) {
      if (quotedSpans.length >= MAX_QUOTED_SPANS) break;
      const span = normalizeWords(m[1] ?? '');
      if (!span.includes(' ')) continue;
      quotedSpans.push(span);
      quotedStems.push(span.split(' ').flatMap((w) => contentStem(w, vocabulary.stemOf) || []));
    }
  }
  // Questions inside quotations are somebody else's.
  const ownText = hasQuotes ? body.replace(QUOTED, ' ') : body;
  const asks = ownText.includes('?');
  const trimmed = body.trimStart();
  return new Prepared(author, body, firstWord, nameWords, stems, stemWords, {
    quotedSpans,
    quotedStems,
    asks,
    endsWithQuestion: asks && /\?+\W*(?:heh|lol|ha|eh)?\W*$/i.test(ownText.slice(-40)),
    wordCount,
    opening: trimmed.slice(0, 240),
    firstSentence: (/^[^.!?\n]*[.!?]*/.exec(trimmed.slice(0, 400)) ?? [''])[0],
  });
}

type EagerPart = Pick<
  PreparedComment,
  | 'quotedSpans'
  | 'quotedStems'
  | 'asks'
  | 'endsWithQuestion'
  | 'wordCount'
  | 'opening'
  | 'firstSentence'
>;

/**
 * A class, not an object literal with getters: a literal with accessors is built on V8's slow path
 * (fresh closures and accessor pairs per comment), which showed up on 50,000-comment dumps.
 */
class Prepared implements PreparedComment {
  readonly authorKey: string | null;
  readonly quotedSpans: readonly string[];
  readonly quotedStems: readonly (readonly string[])[];
  readonly asks: boolean;
  readonly endsWithQuestion: boolean;
  readonly wordCount: number;
  readonly opening: string;
  readonly firstSentence: string;
  #tokens: Token[] | null = null;
  #normText: string | null = null;
  #stemSet: Set<string> | null = null;

  constructor(
    readonly author: string | null,
    readonly body: string,
    readonly firstWord: string,
    readonly nameWords: ReadonlySet<string>,
    readonly stems: readonly string[],
    readonly stemWords: readonly string[],
    eager: EagerPart,
  ) {
    this.authorKey = author === null ? null : author.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    this.quotedSpans = eager.quotedSpans;
    this.quotedStems = eager.quotedStems;
    this.asks = eager.asks;
    this.endsWithQuestion = eager.endsWithQuestion;
    this.wordCount = eager.wordCount;
    this.opening = eager.opening;
    this.firstSentence = eager.firstSentence;
  }

  get tokens(): Token[] {
    this.#tokens ??= tokenize(this.body.replace(/’/g, "'"));
    return this.#tokens;
  }

  get stemSet(): Set<string> {
    this.#stemSet ??= new Set(this.stems);
    return this.#stemSet;
  }

  get normText(): string {
    this.#normText ??= ` ${normalizeWords(this.body)} `;
    return this.#normText;
  }
}
