import { normalizeTerm } from '../search/normalize-term.ts';
import { searchTokens } from '../search/search-tokens.ts';
import { STOPWORDS } from './stopwords.ts';

/** How often each word occurs in a set of texts, and how many words there were in all. */
export interface WordCounts {
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

// A word must hold a letter: bare numbers ("2016", "100") name no position a reader can search for.
const LETTER = /\p{L}/u;

/**
 * Counts words the way search finds them (the search tokenizer and its case and accent folding),
 * so every distinctive word links to a search that finds the comments it came from. Stopwords and
 * one-character tokens are left out; `total` counts only the words kept.
 */
export function wordCounts(texts: Iterable<string>): WordCounts {
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    for (const token of searchTokens(text)) {
      const word = normalizeTerm(token);
      if (word.length < 2 || STOPWORDS.has(word) || !LETTER.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total += 1;
    }
  }
  return { counts, total };
}
