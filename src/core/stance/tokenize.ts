/**
 * One sentence of a comment: its text, lowercased text and lowercase word tokens (VADER's way:
 * split on white space, punctuation runs stripped at both ends, one-letter tokens dropped).
 */
export interface Sentence {
  readonly text: string;
  readonly lower: string;
  readonly words: readonly string[];
}

/** Lowercase with typographic apostrophes folded, so "don’t" matches the cue "don't". */
export function normalizeLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/gu, "'") : lower;
}

/**
 * Sentences and their words in one scan of the text. Sentence ends: white space after . ! ? …, or
 * any line break. Abbreviations ("Mr. Putin") split too; harmless here because each piece still
 * carries its own words and target terms. The text is lowercased once, not sentence by sentence:
 * this runs on every comment of a dump.
 */
export function splitSentences(text: string): Sentence[] {
  const lowerAll = normalizeLower(text);
  // A few characters change length when lowercased ("İ"); then offsets no longer line up.
  const aligned = lowerAll.length === text.length;
  const sentences: Sentence[] = [];
  const n = text.length;
  let start = 0;
  let words: string[] = [];
  let i = 0;
  while (i < n) {
    const code = lowerAll.charCodeAt(i);
    if (!isSpace(code)) {
      let end = i + 1;
      while (end < n && !isSpace(lowerAll.charCodeAt(end))) end += 1;
      const word = trimmedWord(lowerAll, i, end);
      if (word !== null) words.push(word);
      i = end;
      continue;
    }
    let end = i;
    let newline = false;
    while (end < n && isSpace(lowerAll.charCodeAt(end))) {
      if (lowerAll.charCodeAt(end) === 10 || lowerAll.charCodeAt(end) === 13) newline = true;
      end += 1;
    }
    const prev = i > 0 ? lowerAll.charCodeAt(i - 1) : 0;
    if (newline || prev === 46 || prev === 33 || prev === 63 || prev === 0x2026) {
      push(sentences, text, lowerAll, aligned, start, i, words);
      words = [];
      start = end;
    }
    i = end;
  }
  push(sentences, text, lowerAll, aligned, start, n, words);
  return sentences;
}

function push(
  out: Sentence[],
  text: string,
  lowerAll: string,
  aligned: boolean,
  start: number,
  end: number,
  words: string[],
): void {
  if (words.length === 0 && lowerAll.slice(start, end).trim() === '') return;
  const raw = text.slice(start, end).trim();
  if (aligned) {
    out.push({ text: raw, lower: lowerAll.slice(start, end).trim(), words });
  } else {
    const lower = normalizeLower(raw);
    out.push({ text: raw, lower, words: wordsOf(lower) });
  }
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
