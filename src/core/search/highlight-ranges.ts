import { normalizeTerm } from './normalize-term.ts';
import { foldWords } from './fold-words.ts';
import { searchTokenSpans } from './search-tokens.ts';

/** A token of the text, where it starts, and its folded form. */
type Span = { readonly token: string; readonly start: number; readonly folded: string };

/**
 * Where `terms` occur in `text`, as sorted, non-overlapping `[start, end)` UTF-16 offsets into the
 * original string. A term matches a whole token or the start of one ("sanc" marks "Sanc" in
 * "Sanctions", never "sanc" inside "insanctity"), ignoring case and diacritics. A term of several
 * words is a quoted phrase (search-phrases.ts): it is marked, as one range, only where its words
 * stand side by side, the last one whole or begun; its words alone are not marked.
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
      const last = spans[i + phrase.length - 1] as Span;
      const end = last.start + markedLength(last.token, last.folded, phrase.at(-1)?.length ?? 0);
      ranges.push([start, end]);
      i += phrase.length - 1;
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
  phrases: readonly (readonly string[])[],
): readonly string[] | null {
  let best: readonly string[] | null = null;
  for (const p of phrases) {
    if (p.length > (best?.length ?? 0) && phraseAt(spans, at, p)) best = p;
  }
  return best;
}

/** The phrase's words from token `at` on: all whole but the last, which may be begun only. */
function phraseAt(spans: readonly Span[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => {
    const folded = spans[at + k]?.folded;
    if (folded === undefined) return false;
    return k === phrase.length - 1 ? folded.startsWith(word) : folded === word;
  });
}

/** The UTF-16 length of `token` to mark when its first `foldedLength` folded units matched. */
function markedLength(token: string, folded: string, foldedLength: number): number {
  return foldedLength === folded.length ? token.length : originalLength(token, foldedLength);
}

/**
 * Terms as the index sees them, split like text and folded: one word each, or a phrase of several
 * (the worker sends a quoted phrase as one term with its words).
 */
function foldTerms(terms: readonly string[]): { words: string[]; phrases: string[][] } {
  const words = new Set<string>();
  const phrases: string[][] = [];
  for (const term of terms) {
    const folded = foldWords(term);
    if (folded.length > 1) phrases.push(folded);
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
