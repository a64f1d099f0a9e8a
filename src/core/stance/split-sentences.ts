import { isTokenSpaceCode, isWordEdgeCode } from '../text/char-codes.ts';

/**
 * One sentence of a comment: its text, lowercased text and lowercase word tokens (VADER's way:
 * split on white space, punctuation runs stripped at both ends, one-letter tokens dropped).
 */
export interface Sentence {
  readonly text: string;
  readonly lower: string;
  readonly words: readonly string[];
  /** The OR of the words' flags (0 when no lookup was given). */
  readonly flags: number;
  /** The OR of the words' domain-cue trigger bits (vocabulary.ts; 0 from `splitSentences`). */
  readonly cues: number;
  /** Index and flags of each word the lookup knew, in pairs: rules walk these, not every word. */
  readonly known: readonly number[];
}

/** Looks a word up once while it is split off (see vocabulary.ts). */
export type FlagsOf = (word: string) => number;
const NO_FLAGS: FlagsOf = () => 0;

/** What a lookup knows of a word; `undefined` for a word it knows nothing of. */
export interface WordInfo {
  readonly flags: number;
  readonly cues: number;
}
export type InfoOf = (word: string) => WordInfo | undefined;
const NO_INFO: InfoOf = () => undefined;
const NONE: readonly number[] = [];

/** Lowercase with typographic apostrophes folded, so "don’t" matches the cue "don't". */
export function normalizeLower(text: string): string {
  const lower = text.toLowerCase();
  // One scan, and none at all in a one-byte string, which cannot hold either character.
  return TYPOGRAPHIC.test(lower) ? lower.replace(/[’‘]/gu, "'") : lower;
}
const TYPOGRAPHIC = /[’‘]/u;

// White space other than the plain space and the line break, each one code unit, so replacing it
// with a space keeps every offset.
const OTHER_SPACE = /[\t\v\f\r\u00a0\u2028\u3000]/gu;

/** OTHER_SPACE.test without the regular expression: single-character searches run native. */
function hasOtherSpace(text: string): boolean {
  return (
    text.includes('\t') ||
    text.includes('\r') ||
    text.includes('\u00a0') ||
    text.includes('\v') ||
    text.includes('\f') ||
    text.includes('\u2028') ||
    text.includes('\u3000')
  );
}

/**
 * Sentences and their words. Sentence ends: white space after . ! ? …, or any line break.
 * Abbreviations ("Mr. Putin") split too; harmless here because each piece still carries its own
 * words and target terms. The text is lowercased once and cut with the engine's own
 * `split(' ')`, which is several times faster than a character loop in script: this runs on every
 * comment of a dump.
 */
export function splitSentences(text: string, flagsOf: FlagsOf = NO_FLAGS): Sentence[] {
  if (flagsOf === NO_FLAGS) return splitMarked(text, NO_INFO);
  return splitMarked(text, (word) => {
    const flags = flagsOf(word);
    return flags === 0 ? undefined : { flags, cues: 0 };
  });
}

/**
 * Sentences as `splitSentences` cuts them, each word looked up with `infoOf` and the OR of what
 * it answers kept on the sentence.
 */
export function splitMarked(text: string, infoOf: InfoOf): Sentence[] {
  const lowerAll = normalizeLower(text);
  // A few characters change length when lowercased ("İ"); then offsets are taken on the original.
  const aligned = lowerAll.length === text.length;
  let basis = aligned ? lowerAll : text;
  if (hasOtherSpace(basis)) basis = basis.replace(OTHER_SPACE, ' ');
  const sentences: Sentence[] = [];
  const cut: Cut = { text, basis, aligned, infoOf };
  const n = basis.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = basis.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    scanLine(cut, lineStart, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function scanLine(cut: Cut, lineStart: number, lineEnd: number, out: Sentence[]): void {
  const { basis, aligned, infoOf } = cut;
  const line =
    lineStart === 0 && lineEnd === basis.length ? basis : basis.slice(lineStart, lineEnd);
  let offset = lineStart;
  let start = lineStart;
  let words: string[] = [];
  let flags = 0;
  let cues = 0;
  let known: number[] | null = null;
  for (const token of line.split(' ')) {
    const tokenStart = offset;
    offset += token.length + 1;
    if (token === '') continue;
    const word = aligned ? wordOfToken(token) : null;
    if (word !== null) {
      const info = infoOf(word);
      if (info !== undefined) {
        flags |= info.flags;
        cues |= info.cues;
        (known ??= []).push(words.length, info.flags);
      }
      words.push(word);
    }
    const last = token.charCodeAt(token.length - 1);
    if (last === 46 || last === 33 || last === 63 || last === 0x2026) {
      push(out, cut, start, tokenStart + token.length, words, flags, cues, known);
      words = [];
      flags = 0;
      cues = 0;
      known = null;
      start = offset;
    }
  }
  push(out, cut, start, lineEnd, words, flags, cues, known);
}

interface Cut {
  readonly text: string;
  readonly basis: string;
  readonly aligned: boolean;
  readonly infoOf: InfoOf;
}

function push(
  out: Sentence[],
  cut: Cut,
  start: number,
  end: number,
  words: string[],
  flags: number,
  cues: number,
  known: readonly number[] | null,
): void {
  if (end <= start) return;
  const raw = cut.text.slice(start, end).trim();
  if (raw === '') return;
  if (cut.aligned) {
    const lower = cut.basis.slice(start, end).trim();
    out.push({
      text: raw,
      lower,
      words,
      flags,
      cues,
      known: known ?? NONE,
    });
    return;
  }
  const lower = normalizeLower(raw);
  const own = wordsOf(lower);
  let ownFlags = 0;
  let ownCues = 0;
  const ownKnown: number[] = [];
  own.forEach((w, i) => {
    const info = cut.infoOf(w);
    if (info !== undefined) {
      ownFlags |= info.flags;
      ownCues |= info.cues;
      ownKnown.push(i, info.flags);
    }
  });
  out.push({ text: raw, lower, words: own, flags: ownFlags, cues: ownCues, known: ownKnown });
}

/** The word in a space-free token: most need no trimming, so most cost no new string. */
function wordOfToken(token: string): string | null {
  const n = token.length;
  if (n > 1 && isWordEdgeCode(token.charCodeAt(0)) && isWordEdgeCode(token.charCodeAt(n - 1))) {
    return token;
  }
  return trimmedWord(token, 0, n);
}

function trimmedWord(text: string, from: number, to: number): string | null {
  let a = from;
  let b = to;
  while (a < b && !isWordEdgeCode(text.charCodeAt(a))) a += 1;
  while (b > a && !isWordEdgeCode(text.charCodeAt(b - 1))) b -= 1;
  if (b - a <= 1) return null;
  const word = text.slice(a, b);
  return word.includes('’') ? word.replace(/’/gu, "'") : word;
}

/**
 * Word tokens for VADER, case kept for its caps rule. VADER strips one punctuation mark at each end
 * and drops one-letter tokens; we strip runs, which also frees '"reset"' and "(puppet)".
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isTokenSpaceCode(text.charCodeAt(i))) i += 1;
    let end = i;
    while (end < n && !isTokenSpaceCode(text.charCodeAt(end))) end += 1;
    const word = trimmedWord(text, i, end);
    if (word !== null) words.push(word);
    i = end;
  }
  return words;
}
