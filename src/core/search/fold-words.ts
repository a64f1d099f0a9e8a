import { normalizeTerm } from './normalize-term.ts';
import { searchTokens } from './search-tokens.ts';

/** A text's words as the index reads them: split, folded, and those that fold to nothing dropped. */
export function foldWords(text: string): string[] {
  return searchTokens(text)
    .map(normalizeTerm)
    .filter((t) => t.length > 0);
}
