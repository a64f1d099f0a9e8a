import { hasPhrase } from './has-phrase.ts';
import type { SearchPhrase } from './search-phrases.ts';

/**
 * The documents of `docs` that hold every phrase, each within one of its fields (`fieldsOf`: the
 * author, place and body the index read), never across two.
 */
export function keepPhraseHits(
  docs: Int32Array,
  phrases: readonly SearchPhrase[],
  fieldsOf: (doc: number) => readonly (string | null)[],
): Int32Array {
  if (phrases.length === 0) return docs;
  const kept: number[] = [];
  for (const d of docs) {
    const fields = fieldsOf(d);
    const holds = (p: SearchPhrase) => fields.some((f) => f !== null && hasPhrase(f, p));
    if (phrases.every(holds)) kept.push(d);
  }
  return Int32Array.from(kept);
}
