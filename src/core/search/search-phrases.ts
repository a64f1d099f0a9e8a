import { foldWords } from './fold-words.ts';

/** A quoted part of a search, as folded tokens: its words must stand together, in this order. */
export interface SearchPhrase {
  readonly tokens: readonly string[];
  /** Its closing quote is not typed yet: the last word may still grow ("regime ch…"). */
  readonly open: boolean;
}

export interface PhraseQuery {
  /** The words outside quotes, matched as any search word is (prefix, a typo); null: none. */
  readonly loose: string | null;
  readonly phrases: readonly SearchPhrase[];
}

// Straight and typographic double quotes: phones and pasted text bring “…” and „…“.
const QUOTE = /["“”„]/;

/**
 * Splits a search into its quoted phrases and its other words, as search engines read quotes: a
 * quoted word or phrase is matched exactly, word for word. An unclosed quote runs to the end, so
 * results narrow as the phrase is typed; until its second word it is a search word like any other.
 */
export function searchPhrases(query: string): PhraseQuery {
  const parts = query.split(QUOTE);
  const phrases: SearchPhrase[] = [];
  const loose: string[] = [];
  parts.forEach((part, i) => {
    const tokens = i % 2 === 0 ? [] : foldWords(part);
    const open = i === parts.length - 1;
    if (tokens.length > 1 || (tokens.length === 1 && !open)) phrases.push({ tokens, open });
    else loose.push(part);
  });
  const text = loose.join(' ');
  return { loose: foldWords(text).length > 0 ? text : null, phrases };
}
