import SearchableMap from 'minisearch/SearchableMap';
import type { SearchDoc } from './search-index.ts';
import type { TermIndex } from './term-index.ts';

/**
 * A TermIndex as plain data a structured clone (IndexedDB, postMessage) keeps whole: the radix tree
 * becomes its terms in id order. Saved with a big dump's parse, it spares a revisit the index
 * build (seconds at 50k comments), so the first search does not wait for it.
 */
export interface StoredTermIndex {
  /** Term of each id, in id order. */
  readonly terms: readonly string[];
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
  readonly frequencies: Uint16Array;
  readonly fieldDocs: Int32Array;
  readonly fieldLength: Uint32Array;
  readonly averageFieldLength: Float64Array;
}

export function storeTermIndex(index: TermIndex): StoredTermIndex {
  const terms: string[] = [];
  for (const [term, id] of index.terms) terms[id] = term;
  const { offsets, postings, frequencies, fieldDocs, fieldLength, averageFieldLength } = index;
  return { terms, offsets, postings, frequencies, fieldDocs, fieldLength, averageFieldLength };
}

/**
 * The index over `docs` that was stored, or null when the stored data does not fit them (another
 * shape, or written by code that laid postings out differently): the caller builds it afresh.
 */
export function restoreTermIndex(
  docs: readonly SearchDoc[],
  stored: StoredTermIndex,
): TermIndex | null {
  const { offsets, postings, frequencies, fieldDocs, fieldLength, averageFieldLength } = stored;
  const fits =
    Array.isArray(stored.terms) &&
    offsets instanceof Int32Array &&
    postings instanceof Int32Array &&
    frequencies instanceof Uint16Array &&
    fieldDocs instanceof Int32Array &&
    fieldLength instanceof Uint32Array &&
    averageFieldLength instanceof Float64Array &&
    offsets.length === stored.terms.length + 1 &&
    postings.length === frequencies.length &&
    offsets[stored.terms.length] === postings.length &&
    fieldLength.length === docs.length * averageFieldLength.length;
  if (!fits) return null;
  const terms = new SearchableMap<number>();
  // The same insertion order as the build, so expansions come out in the same order.
  stored.terms.forEach((term, id) => terms.set(term, id));
  return { ...stored, docs, terms };
}
