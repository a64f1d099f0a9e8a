const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

function isLetter(c: number, text: string, i: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && LETTER.test(text[i] ?? ''));
}

function isWordChar(c: number, text: string, i: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 128 && LETTER_OR_DIGIT.test(text[i] ?? ''))
  );
}

const hashStep = (h: number, c: number) => Math.imul(h ^ c, 16777619);

/**
 * Calls `found(start, end, hash, curly)` for each word of `text` (already lowercase): the words of
 * /[\p{L}\p{N}]+(?:['’]\p{L}+)*\/gu, apostrophes inside a word kept ("don't"). The hash (FNV-1a of
 * the char codes, a typographic apostrophe counted as a plain one) lets the caller find the word in
 * its table without cutting a string out of the text: the worker reads every word of a
 * 50,000-comment dump, and a string and a map lookup per word were most of that time.
 */
export function scanWords(
  text: string,
  found: (start: number, end: number, hash: number, curly: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    let h = 2166136261;
    let curly = false;
    while (i < n && isWordChar(c, text, i)) {
      h = hashStep(h, c);
      i += 1;
      c = text.charCodeAt(i);
    }
    // "don't", "kim's": an apostrophe followed by a letter continues the word.
    while (
      (c === APOSTROPHE || c === CURLY_APOSTROPHE) &&
      isLetter(text.charCodeAt(i + 1), text, i + 1)
    ) {
      if (c === CURLY_APOSTROPHE) curly = true;
      h = hashStep(h, APOSTROPHE);
      i += 1;
      c = text.charCodeAt(i);
      while (i < n && isLetter(c, text, i)) {
        h = hashStep(h, c);
        i += 1;
        c = text.charCodeAt(i);
      }
    }
    found(start, i, h >>> 0, curly);
  }
}

/** Lowercase words of a text, apostrophes inside a word kept ("don't"), typographic ones made plain. */
export function learnWords(body: string): string[] {
  const text = body.toLowerCase();
  const words: string[] = [];
  scanWords(text, (start, end, _hash, curly) => {
    const word = text.slice(start, end);
    words.push(curly ? word.replace(/’/gu, "'") : word);
  });
  return words;
}
