// VADER's caps, negation and "but" rules read a sentence's words as written (words-of.ts
// `wordsOf`). Where the lowercase the sentence was split from differs from the text only by A–Z
// made a–z, ’ made ' and white space made a plain space, its words lie at the same places in both
// and keep their edges: a word with no capital inside is then the lowercase word the ids already
// hold, and only a capitalised one is cut from the text.
import { isTokenSpaceCode, isWordEdgeCode } from '../text/char-codes.ts';
import type { StanceWordIds } from './stance-word-ids.ts';

const SPACE = 32;
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

/**
 * `wordsOf(text.slice(start, end))` for a sentence `scanLine` read at `basis[start … end)` (the
 * lowercase of `text`, white space made plain) into `ids` of `table`; null where `text` differs
 * from `basis` in any other way, so the caller splits the text itself.
 */
export function casedWords(
  text: string,
  basis: string,
  start: number,
  end: number,
  ids: readonly number[],
  table: StanceWordIds,
): string[] | null {
  const words = new Array<string>(ids.length);
  let k = 0;
  let i = start;
  while (i < end) {
    if (basis.charCodeAt(i) === SPACE) {
      if (!isTokenSpaceCode(text.charCodeAt(i))) return null;
      i += 1;
      continue;
    }
    const tokenStart = i;
    let capital = false;
    for (; i < end; i += 1) {
      const b = basis.charCodeAt(i);
      if (b === SPACE) break;
      const t = text.charCodeAt(i);
      if (t !== b) {
        if (t >= 65 && t <= 90 && b === t + 32) capital = true;
        else if (t !== CURLY_APOSTROPHE || b !== APOSTROPHE) return null;
      }
    }
    let wordStart = tokenStart;
    let wordEnd = i;
    while (wordStart < wordEnd && !isWordEdgeCode(basis.charCodeAt(wordStart))) wordStart += 1;
    while (wordEnd > wordStart && !isWordEdgeCode(basis.charCodeAt(wordEnd - 1))) wordEnd -= 1;
    if (wordEnd - wordStart > 1) {
      const id = ids[k];
      if (id === undefined) return null;
      words[k] = capital ? spelled(text, wordStart, wordEnd) : (table.words[id] as string);
      k += 1;
    }
  }
  return k === ids.length ? words : null;
}

/** The word as `wordsOf` cuts it: typographic apostrophes made plain. */
function spelled(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return word.includes('’') ? word.replace(/’/gu, "'") : word;
}
