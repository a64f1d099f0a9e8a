/**
 * One sentence of a comment: its text, lowercased text and lowercase word tokens (VADER's way:
 * split on white space, punctuation runs stripped at both ends, one-letter tokens dropped).
 */
export interface Sentence {
  readonly text: string;
  readonly lower: string;
  readonly words: readonly string[];
  /** The OR of `flagsOf` over the words (0 when no `flagsOf` was given). */
  readonly flags: number;
}

/** Looks a word up once while it is split off (see vocabulary.ts). */
export type FlagsOf = (word: string) => number;
const NO_FLAGS: FlagsOf = () => 0;

/** Lowercase with typographic apostrophes folded, so "don’t" matches the cue "don't". */
export function normalizeLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/gu, "'") : lower;
}

// White space other than the plain space and the line break, each one code unit, so replacing it
// with a space keeps every offset.
const OTHER_SPACE = /[\t\v\f\r\u00a0\u2028\u3000]/gu;
const HAS_OTHER_SPACE = /[\t\v\f\r\u00a0\u2028\u3000]/u;

/**
 * Sentences and their words. Sentence ends: white space after . ! ? …, or any line break.
 * Abbreviations ("Mr. Putin") split too; harmless here because each piece still carries its own
 * words and target terms. The text is lowercased once and cut with the engine's own
 * `split(' ')`, which is several times faster than a character loop in script: this runs on every
 * comment of a dump.
 */
export function splitSentences(text: string, flagsOf: FlagsOf = NO_FLAGS): Sentence[] {
  const lowerAll = normalizeLower(text);
  // A few characters change length when lowercased ("İ"); then offsets are taken on the original.
  const aligned = lowerAll.length === text.length;
  let basis = aligned ? lowerAll : text;
  if (HAS_OTHER_SPACE.test(basis)) basis = basis.replace(OTHER_SPACE, ' ');
  const sentences: Sentence[] = [];
  const n = basis.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = basis.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    scanLine(text, basis, aligned, lineStart, lineEnd, sentences, flagsOf);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function scanLine(
  text: string,
  basis: string,
  aligned: boolean,
  lineStart: number,
  lineEnd: number,
  out: Sentence[],
  flagsOf: FlagsOf,
): void {
  const line =
    lineStart === 0 && lineEnd === basis.length ? basis : basis.slice(lineStart, lineEnd);
  let offset = lineStart;
  let start = lineStart;
  let words: string[] = [];
  let flags = 0;
  for (const token of line.split(' ')) {
    const tokenStart = offset;
    offset += token.length + 1;
    if (token === '') continue;
    const word = aligned ? wordOfToken(token) : null;
    if (word !== null) {
      words.push(word);
      flags |= flagsOf(word);
    }
    const last = token.charCodeAt(token.length - 1);
    if (last === 46 || last === 33 || last === 63 || last === 0x2026) {
      push(out, text, basis, aligned, start, tokenStart + token.length, words, flags, flagsOf);
      words = [];
      flags = 0;
      start = offset;
    }
  }
  push(out, text, basis, aligned, start, lineEnd, words, flags, flagsOf);
}

function push(
  out: Sentence[],
  text: string,
  basis: string,
  aligned: boolean,
  start: number,
  end: number,
  words: string[],
  flags: number,
  flagsOf: FlagsOf,
): void {
  if (end <= start) return;
  const raw = text.slice(start, end).trim();
  if (raw === '') return;
  if (aligned) out.push({ text: raw, lower: basis.slice(start, end).trim(), words, flags });
  else {
    const lower = normalizeLower(raw);
    const own = wordsOf(lower);
    let ownFlags = 0;
    for (const w of own) ownFlags |= flagsOf(w);
    out.push({ text: raw, lower, words: own, flags: ownFlags });
  }
}

/** The word in a space-free token: most need no trimming, so most cost no new string. */
function wordOfToken(token: string): string | null {
  const n = token.length;
  if (n > 1 && isWordCode(token.charCodeAt(0)) && isWordCode(token.charCodeAt(n - 1))) {
    return token;
  }
  return trimmedWord(token, 0, n);
}

function trimmedWord(text: string, from: number, to: number): string | null {
  let a = from;
  let b = to;
  while (a < b && !isWordCode(text.charCodeAt(a))) a += 1;
  while (b > a && !isWordCode(text.charCodeAt(b - 1))) b -= 1;
  if (b - a <= 1) return null;
  const word = text.slice(a, b);
  return word.includes('’') ? word.replace(/’/gu, "'") : word;
}

function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  // Outside ASCII, only the punctuation that wraps words in these dumps is stripped.
  return !(
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026 ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0xab ||
    code === 0xbb
  );
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
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
    let end = i;
    while (end < n && !isSpace(text.charCodeAt(end))) end += 1;
    const word = trimmedWord(text, i, end);
    if (word !== null) words.push(word);
    i = end;
  }
  return words;
}

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x3000
  );
}
