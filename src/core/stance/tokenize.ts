/** One sentence of a comment: its text and lowercased text; words are split only when needed. */
export interface Sentence {
  readonly text: string;
  readonly lower: string;
}

// Sentence ends: . ! ? … followed by space, or any line break. Abbreviations ("Mr. Putin") split too;
// harmless here because each piece still carries its own words and target terms.
const SENTENCE_BREAK = /(?<=[.!?…])\s+|\n+/u;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const raw of text.split(SENTENCE_BREAK)) {
    const trimmed = raw.trim();
    if (trimmed !== '') sentences.push({ text: trimmed, lower: normalizeLower(trimmed) });
  }
  return sentences;
}

/** Lowercase with typographic apostrophes folded, so "don’t" matches the cue "don't". */
export function normalizeLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/gu, "'") : lower;
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
 * and drops one-letter tokens; we strip runs, which also frees '"reset"' and "(puppet)". A char-code
 * scan rather than regexes: this runs for every sentence that touches the target.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
    let end = i;
    while (end < n && !isSpace(text.charCodeAt(end))) end += 1;
    let a = i;
    let b = end;
    while (a < b && !isWordCode(text.charCodeAt(a))) a += 1;
    while (b > a && !isWordCode(text.charCodeAt(b - 1))) b -= 1;
    if (b - a > 1) {
      const word = text.slice(a, b);
      words.push(word.includes('’') ? word.replace(/’/gu, "'") : word);
    }
    i = end;
  }
  return words;
}

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x3000
  );
}
