import { normalizeTerm } from './normalize-term.ts';
import { searchTokens } from './search-tokens.ts';
import type { SearchPhrase } from './search-phrases.ts';

/**
 * Whether `text`'s words, split and folded as the index splits and folds them, hold the phrase's
 * tokens side by side; the last token of an open phrase need only start a word.
 */
export function hasPhrase(text: string, phrase: SearchPhrase): boolean {
  const want = phrase.tokens;
  const n = want.length;
  if (n === 0) return true;
  const words = searchTokens(text);
  const folded: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const t = normalizeTerm(words[i] as string);
    if (t.length > 0) folded.push(t);
  }
  for (let at = 0; at + n <= folded.length; at += 1) {
    let k = 0;
    while (k < n && fits(folded[at + k] as string, want[k] as string, phrase.open && k === n - 1)) {
      k += 1;
    }
    if (k === n) return true;
  }
  return false;
}

const fits = (word: string, token: string, prefix: boolean): boolean =>
  prefix ? word.startsWith(token) : word === token;
