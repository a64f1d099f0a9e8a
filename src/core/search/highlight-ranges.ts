import { normalizeTerm } from './normalize-term.ts';
import { searchTokenSpans, searchTokens } from './search-tokens.ts';

/**
 * Where `terms` occur in `text`, as sorted, non-overlapping `[start, end)` UTF-16 offsets into the
 * original string. A term matches a whole token or the start of one ("sanc" marks "Sanc" in
 * "Sanctions", never "sanc" inside "insanctity"), ignoring case and diacritics.
 */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const wanted = foldTerms(terms);
  if (wanted.length === 0 || text.length === 0) return [];
  const ranges: Array<[number, number]> = [];
  for (const { token, start } of searchTokenSpans(text)) {
    const folded = normalizeTerm(token);
    let best = 0;
    for (const term of wanted) {
      if (term.length > best && folded.startsWith(term)) best = term.length;
    }
    if (best === 0) continue;
    const end = best === folded.length ? token.length : originalLength(token, best);
    ranges.push([start, start + end]);
  }
  return ranges;
}

/** Terms as the index sees them: split like text (a pasted "New York" is two terms) and folded. */
function foldTerms(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const term of terms) {
    for (const t of searchTokens(term)) {
      const folded = normalizeTerm(t);
      if (folded.length > 0) out.add(folded);
    }
  }
  return [...out];
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
