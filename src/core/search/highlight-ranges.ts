import { normalizeTerm } from './normalize-term.ts';
import { foldWords } from './fold-words.ts';
import { searchTokenSpans } from './search-tokens.ts';

/** A token of the text, where it starts, and its folded form. */
type Span = { readonly token: string; readonly start: number; readonly folded: string };
/** A phrase's folded words; a closed one ends in a whole word, an open one's last may be begun. */
type Phrase = { readonly words: readonly string[]; readonly closed: boolean };

/** How the worker sends a phrase whose closing quote was typed (answer.ts): `"the deal"`. */
const CLOSED = /^".*"$/s;

/**
 * Where `terms` occur in `text`, as sorted, non-overlapping `[start, end)` UTF-16 offsets into the
 * original string. A term matches a whole token or the start of one ("sanc" marks "Sanc" in
 * "Sanctions", never "sanc" inside "insanctity"), ignoring case and diacritics. A term of several
 * words is a quoted phrase (search-phrases.ts): it is marked, as one range, only where its words
 * stand side by side, the last one whole or begun; its words alone are not marked. A term in
 * quotes is a closed phrase, of one word or more: its words are marked whole only ("the deal" is
 * not marked in "the dealer").
 */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const { words, phrases } = foldTerms(terms);
  if ((words.length === 0 && phrases.length === 0) || text.length === 0) return [];
  const spans: Span[] = searchTokenSpans(text)
    .map(({ token, start }) => ({ token, start, folded: normalizeTerm(token) }))
    .filter((s) => s.folded.length > 0);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < spans.length; i += 1) {
    const { token, start, folded } = spans[i] as Span;
    const phrase = longestPhraseAt(spans, i, phrases);
    if (phrase !== null) {
      const last = spans[i + phrase.words.length - 1] as Span;
      const end =
        last.start + markedLength(last.token, last.folded, phrase.words.at(-1)?.length ?? 0);
      ranges.push([start, end]);
      i += phrase.words.length - 1;
      continue;
    }
    let best = 0;
    for (const term of words) {
      if (term.length > best && folded.startsWith(term)) best = term.length;
    }
    if (best === 0) continue;
    ranges.push([start, start + markedLength(token, folded, best)]);
  }
  return ranges;
}

/** The longest phrase whose words stand from token `at` on, or null. */
function longestPhraseAt(
  spans: readonly Span[],
  at: number,
  phrases: readonly Phrase[],
): Phrase | null {
  let best: Phrase | null = null;
  for (const p of phrases) {
    if (p.words.length > (best?.words.length ?? 0) && phraseAt(spans, at, p)) best = p;
  }
  return best;
}

/** The phrase's words from token `at` on: all whole but an open phrase's last, which may be begun. */
function phraseAt(spans: readonly Span[], at: number, phrase: Phrase): boolean {
  const { words, closed } = phrase;
  return words.every((word, k) => {
    const folded = spans[at + k]?.folded;
    if (folded === undefined) return false;
    return k === words.length - 1 && !closed ? folded.startsWith(word) : folded === word;
  });
}

/** The UTF-16 length of `token` to mark when its first `foldedLength` folded units matched. */
function markedLength(token: string, folded: string, foldedLength: number): number {
  return foldedLength === folded.length ? token.length : originalLength(token, foldedLength);
}

/**
 * Terms as the index sees them, split like text and folded: one word each, or a phrase of several
 * (the worker sends a quoted phrase as one term with its words, in quotes once they are closed).
 */
function foldTerms(terms: readonly string[]): { words: string[]; phrases: Phrase[] } {
  const words = new Set<string>();
  const phrases: Phrase[] = [];
  for (const term of terms) {
    const folded = foldWords(term);
    const closed = CLOSED.test(term) && folded.length > 0;
    if (closed || folded.length > 1) phrases.push({ words: folded, closed });
    else if (folded[0] !== undefined) words.add(folded[0]);
  }
  return { words: [...words], phrases };
}

/**
 * How many UTF-16 units of `token` produce the first `foldedLength` units of its folded form.
 * Folding changes lengths ("é" as one or two code points, "ﬁ" → "fi", "İ" → "i"), so walk code
 * point by code point (never splitting a surrogate pair) and then swallow trailing combining marks,
 * which fold to nothing but belong to the character before them.
 */
function originalLength(token: string, foldedLength: number): number {
  let folded = 0;
  let offset = 0;
  for (const cp of token) {
    if (folded >= foldedLength) {
      if (normalizeTerm(cp).length > 0) break;
    } else {
      folded += normalizeTerm(cp).length;
    }
    offset += cp.length;
  }
  return offset;
}
