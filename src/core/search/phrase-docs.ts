import { hasPhrase } from './has-phrase.ts';
import { PREFIX_MIN_LENGTH } from './score-query.ts';
import type { SearchPhrase } from './search-phrases.ts';
import type { TermIndex } from './term-index.ts';

/**
 * The documents, ascending, that hold every phrase within one field. The index narrows them to
 * those holding each phrase word as typed (whole; the last word of an open phrase begun, from two
 * letters, as a search word is), so the words' order is read only in the text (`fieldsOf`: author,
 * place, body) of those few: reading it in every comment a common word reached took 750 ms at 50k.
 * `within`: only these documents (the hits of the search's other words), ascending.
 */
export function phraseDocs(
  index: TermIndex,
  phrases: readonly SearchPhrase[],
  within: Int32Array | null,
  fieldsOf: (doc: number) => readonly (string | null)[],
): Int32Array {
  const holding: Uint8Array[] = [];
  for (const p of phrases) {
    p.tokens.forEach((token, k) => {
      const begun = p.open && k === p.tokens.length - 1;
      if (begun && token.length < PREFIX_MIN_LENGTH) return;
      holding.push(docsHolding(index, termIds(index, token, begun)));
    });
  }
  const kept: number[] = [];
  const consider = (d: number) => {
    if (!holding.every((has) => has[d] === 1)) return;
    // One word needs no order; two or more are read in the text.
    const fields = fieldsOf(d);
    const inOrder = (p: SearchPhrase) =>
      p.tokens.length < 2 || fields.some((f) => f !== null && hasPhrase(f, p));
    if (phrases.every(inOrder)) kept.push(d);
  };
  if (within === null) for (let d = 0; d < index.docs.length; d += 1) consider(d);
  else for (const d of within) consider(d);
  return Int32Array.from(kept);
}

function termIds(index: TermIndex, token: string, begun: boolean): number[] {
  if (begun) return [...index.terms.atPrefix(token).values()];
  const id = index.terms.get(token);
  return id === undefined ? [] : [id];
}

/** Per document, 1 when it holds one of the terms in any field. */
function docsHolding(index: TermIndex, ids: readonly number[]): Uint8Array {
  const has = new Uint8Array(index.docs.length);
  for (const id of ids) {
    const end = index.offsets[id + 1] ?? 0;
    for (let p = index.offsets[id] ?? 0; p < end; p += 1) has[(index.postings[p] ?? 0) >> 2] = 1;
  }
  return has;
}
