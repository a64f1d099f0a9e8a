import SearchableMap from 'minisearch/SearchableMap';
import { normalizeTerm } from './normalize-term.ts';
import { searchTokens } from './search-tokens.ts';
import type { SearchDoc } from './search-index.ts';

/** The searchable fields, in the order of their two-bit code in a posting. */
export const FIELDS = ['author', 'location', 'body'] as const;
export const FIELD_COUNT = FIELDS.length;

/**
 * An inverted index in flat typed arrays: term → postings, each posting a document and field
 * (`doc * 4 + field`) with its term frequency. Scoring a query then walks integers into a score
 * array instead of building an object per matching comment. The terms live in MiniSearch's radix
 * tree (`SearchableMap`), whose prefix and edit-distance lookups give the query's expansions.
 */
export interface TermIndex {
  readonly docs: readonly SearchDoc[];
  /** Term → term id. */
  readonly terms: SearchableMap<number>;
  /** Term id t's postings are `postings[offsets[t] .. offsets[t + 1])`, in document order. */
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
  readonly frequencies: Uint16Array;
  /** Documents holding term t in field f, at `t * FIELD_COUNT + f` (BM25's document frequency). */
  readonly fieldDocs: Int32Array;
  /** Distinct tokens of document d's field f, at `d * FIELD_COUNT + f`. */
  readonly fieldLength: Uint32Array;
  readonly averageFieldLength: Float64Array;
}

/** Grows a typed array by doubling, so millions of postings cost a few copies, not a string each. */
class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/** Adds documents slice by slice (the worker yields between slices), then freezes the index. */
export interface TermIndexBuilder {
  add(docs: readonly SearchDoc[]): void;
  build(): TermIndex;
}

export function termIndexBuilder(): TermIndexBuilder {
  const docs: SearchDoc[] = [];
  const ids = new Map<string, number>();
  const postTerm = new IntBuffer();
  const postDocField = new IntBuffer();
  const postFrequency = new IntBuffer();
  const lengths = new IntBuffer();
  const average = new Float64Array(FIELD_COUNT);
  const counts = new Map<number, number>();

  const addField = (d: number, f: number, value: string | null): void => {
    if (value === null) {
      lengths.push(0);
      return;
    }
    const tokens = searchTokens(value);
    // A field's length is its number of distinct raw tokens, and the average moves only when the
    // field is present (n is the documents so far): MiniSearch's definitions, kept so rankings
    // stay as they were.
    const length = new Set(tokens).size;
    lengths.push(length);
    average[f] = ((average[f] ?? 0) * d + length) / (d + 1);
    counts.clear();
    for (const token of tokens) {
      const term = normalizeTerm(token);
      if (term === '') continue;
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, count] of counts) {
      postTerm.push(id);
      postDocField.push(d * 4 + f);
      postFrequency.push(count);
    }
  };

  return {
    add(slice) {
      for (const doc of slice) {
        const d = docs.length;
        docs.push(doc);
        FIELDS.forEach((field, f) => addField(d, f, doc[field]));
      }
    },
    build() {
      const termCount = ids.size;
      const offsets = new Int32Array(termCount + 1);
      const fieldDocs = new Int32Array(termCount * FIELD_COUNT);
      for (let i = 0; i < postTerm.length; i++) {
        const t = postTerm.data[i] ?? 0;
        offsets[t + 1] = (offsets[t + 1] ?? 0) + 1;
        const f = (postDocField.data[i] ?? 0) & 3;
        fieldDocs[t * FIELD_COUNT + f] = (fieldDocs[t * FIELD_COUNT + f] ?? 0) + 1;
      }
      for (let t = 0; t < termCount; t++)
        offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
      // A counting sort by term keeps each term's postings in document order.
      const postings = new Int32Array(postTerm.length);
      const frequencies = new Uint16Array(postTerm.length);
      const next = offsets.slice(0, termCount);
      for (let i = 0; i < postTerm.length; i++) {
        const t = postTerm.data[i] ?? 0;
        const at = next[t] ?? 0;
        next[t] = at + 1;
        postings[at] = postDocField.data[i] ?? 0;
        frequencies[at] = Math.min(postFrequency.data[i] ?? 0, 0xffff);
      }
      const terms = new SearchableMap<number>();
      for (const [term, id] of ids) terms.set(term, id);
      return {
        docs,
        terms,
        offsets,
        postings,
        frequencies,
        fieldDocs,
        fieldLength: Uint32Array.from(lengths.data.subarray(0, lengths.length)),
        averageFieldLength: average,
      };
    },
  };
}

/** Builds the index over `docs` in one go. */
export function termIndex(docs: readonly SearchDoc[]): TermIndex {
  const builder = termIndexBuilder();
  builder.add(docs);
  return builder.build();
}

/** Whether document d holds term id t in any field (postings are in document order). */
export function holdsTerm(index: TermIndex, t: number, d: number): boolean {
  let lo = index.offsets[t] ?? 0;
  let hi = (index.offsets[t + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const doc = (index.postings[mid] ?? 0) >> 2;
    if (doc === d) return true;
    if (doc < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
