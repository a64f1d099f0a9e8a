import { normalizeTerm } from './normalize-term.ts';
import type { SearchPhrase } from './search-phrases.ts';

const SEPARATOR = /^[\p{Z}\p{P}\p{S}\p{Cc}]$/u;
/** Non-ASCII code points met so far: whether each separates words. Comments reuse few. */
const separates = new Map<number, boolean>();

/** Whether code point `cp` separates words, as search-tokens.ts splits them. */
export function isSeparator(cp: number): boolean {
  if (cp < 128) {
    const lower = cp | 0x20;
    return !((lower >= 97 && lower <= 122) || (cp >= 48 && cp <= 57));
  }
  let known = separates.get(cp);
  if (known === undefined) {
    known = SEPARATOR.test(String.fromCodePoint(cp));
    separates.set(cp, known);
  }
  return known;
}

/**
 * hasPhrase for any text, in one pass over its code points: words are found as search-tokens.ts
 * splits them, an ASCII word compared in place, any other folded (normalize-term.ts); a word that
 * folds to nothing is skipped, as the index skips it. Splitting with a Unicode regular expression
 * first cost 13 µs a comment of 500 characters.
 */
export function scanPhrase(text: string, phrase: SearchPhrase): boolean {
  const want = phrase.tokens;
  const n = want.length;
  // Bit j: the words just read match want[0 … j).
  let partial = 0;
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= text.length;) {
    const cp = i < text.length ? (text.codePointAt(i) as number) : 32;
    const step = cp > 0xffff ? 2 : 1;
    if (!isSeparator(cp)) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (cp >= 128) ascii = false;
    } else if (start >= 0) {
      const word = ascii ? null : normalizeTerm(text.slice(start, i));
      if (word !== '') {
        let next = 0;
        for (let k = 0; k < n; k += 1) {
          if ((k === 0 || partial & (1 << k)) && wordFits(text, start, i, word, want, k, phrase)) {
            if (k === n - 1) return true;
            next |= 1 << (k + 1);
          }
        }
        partial = next;
      }
      start = -1;
    }
    i += step;
  }
  return false;
}

/** Whether the word at text[start, end) (folded as `word`, or ASCII when null) is want[k]. */
function wordFits(
  text: string,
  start: number,
  end: number,
  word: string | null,
  want: readonly string[],
  k: number,
  phrase: SearchPhrase,
): boolean {
  const token = want[k] as string;
  const begun = phrase.open && k === want.length - 1;
  if (word !== null) return begun ? word.startsWith(token) : word === token;
  const length = end - start;
  if (begun ? length < token.length : length !== token.length) return false;
  for (let j = 0; j < token.length; j += 1) {
    const c = text.charCodeAt(start + j);
    const lower = c >= 65 && c <= 90 ? c | 0x20 : c;
    if (lower !== token.charCodeAt(j)) return false;
  }
  return true;
}
