import { isTokenSpaceCode, isWordEdgeCode } from '../text/char-codes.ts';

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
  someWordOf(text, (word) => {
    words.push(word);
    return false;
  });
  return words;
}

/**
 * Whether `test` holds for one of `wordsOf(text)`, asked in order and no further than the first it
 * holds for: "does the comment name the topic?" is mostly settled by its first few words.
 */
export function someWordOf(text: string, test: (word: string) => boolean): boolean {
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isTokenSpaceCode(text.charCodeAt(i))) i += 1;
    let end = i;
    while (end < n && !isTokenSpaceCode(text.charCodeAt(end))) end += 1;
    const word = trimmedWord(text, i, end);
    if (word !== null && test(word)) return true;
    i = end;
  }
  return false;
}
