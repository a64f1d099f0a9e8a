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
  // Raw tokens repeat (a few thousand distinct words make most of 50k comments): each raw token is
  // folded and looked up once, then known by a number. Counting by number into typed arrays, with
  // a per-field stamp instead of clearing, keeps the inner loop free of Maps and Sets.
  const rawIds = new Map<string, number>();
  const termOfRaw = new IntBuffer();
  let rawSeen = new Int32Array(1024);
  let termSeen = new Int32Array(1024);
  let termCount = new Int32Array(1024);
  const fieldTerms = new IntBuffer();
  let stamp = 0;

  const grow = (a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> => {
    if (size <= a.length) return a;
    const next = new Int32Array(Math.max(size, a.length * 2));
    next.set(a);
    return next;
  };

  const rawId = (token: string): number => {
    let r = rawIds.get(token);
    if (r !== undefined) return r;
    r = rawIds.size;
    rawIds.set(token, r);
    const term = normalizeTerm(token);
    let id = -1;
    if (term !== '') {
      id = ids.get(term) ?? ids.size;
      if (id === ids.size) ids.set(term, id);
    }
    termOfRaw.push(id);
    return r;
  };

  const addField = (d: number, f: number, value: string | null): void => {
    if (value === null) {
      lengths.push(0);
      return;
    }
    const tokens = searchTokens(value);
    stamp += 1;
    fieldTerms.length = 0;
    // A field's length is its number of distinct raw tokens, and the average moves only when the
    // field is present (n is the documents so far): MiniSearch's definitions, kept so rankings
    // stay as they were.
    let length = 0;
    for (const token of tokens) {
      const r = rawId(token);
      rawSeen = grow(rawSeen, r + 1);
      if (rawSeen[r] !== stamp) {
        rawSeen[r] = stamp;
        length += 1;
      }
      const id = termOfRaw.data[r] ?? -1;
      if (id < 0) continue;
      termSeen = grow(termSeen, id + 1);
      termCount = grow(termCount, id + 1);
      if (termSeen[id] !== stamp) {
        termSeen[id] = stamp;
        termCount[id] = 0;
        fieldTerms.push(id);
      }
      termCount[id] = (termCount[id] ?? 0) + 1;
    }
    lengths.push(length);
    average[f] = ((average[f] ?? 0) * d + length) / (d + 1);
    for (let i = 0; i < fieldTerms.length; i++) {
      const id = fieldTerms.data[i] ?? 0;
      postTerm.push(id);
      postDocField.push(d * 4 + f);
      postFrequency.push(termCount[id] ?? 0);
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
