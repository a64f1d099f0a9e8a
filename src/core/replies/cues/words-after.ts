import type { NameTokens } from './prepare-comment.ts';

/** The three words after a name, as written, for the verdicts read there. */
export function wordsAfter(tokens: NameTokens, from: number, gap: string): string {
  let words = gap;
  for (let k = from; k < Math.min(from + 3, tokens.length); k++) {
    const t = tokens.at(k);
    if (t !== undefined) words += t.text + t.after;
  }
  return words;
}
