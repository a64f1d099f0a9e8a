import { normalizeTerm } from './normalize-term.ts';
import { searchTokens } from './search-tokens.ts';

/** A quoted part of a search, as folded tokens: its words must stand together, in this order. */
export interface SearchPhrase {
  readonly tokens: readonly string[];
  /** Its closing quote is not typed yet: the last word may still grow ("regime ch…"). */
  readonly open: boolean;
}

export interface PhraseQuery {
  /** Every word of the query, quotes dropped: what the index must find in a hit. */
  readonly words: string;
  /** The words outside quotes, matched as any search word is (prefix, a typo). */
  readonly loose: string;
  readonly phrases: readonly SearchPhrase[];
}

// Straight and typographic double quotes: phones and pasted text bring “…” and „…“.
const QUOTE = /["“”„]/;

/**
 * Splits a search into its quoted phrases and its other words, as search engines read quotes: a
 * quoted word or phrase is matched exactly, word for word. An unclosed quote runs to the end, so
 * results narrow as the phrase is typed.
 */
export function searchPhrases(query: string): PhraseQuery {
  const parts = query.split(QUOTE);
  const phrases: SearchPhrase[] = [];
  const loose: string[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      loose.push(part);
      return;
    }
    const tokens = searchTokens(part)
      .map(normalizeTerm)
      .filter((t) => t.length > 0);
    if (tokens.length > 0) phrases.push({ tokens, open: i === parts.length - 1 });
  });
  return { words: parts.join(' '), loose: loose.join(' '), phrases };
}
