import { describe, expect, it } from 'vitest';
import { searchDoc } from '../support/search-doc.ts';
import { holdsTerm, termIndex, termIndexBuilder } from '../../../src/core/search/term-index.ts';

const doc = searchDoc;

const DOCS = [
  doc('a', 'Mary', 'Putin, putin and PUTIN again.'),
  doc('b', null, 'Sanctions on Putin.'),
  doc('c', 'Putin Fan', 'Nothing here.'),
];

describe('termIndex', () => {
  it('should count a word once per field per comment, folded, with its frequency', () => {
    const index = termIndex(DOCS);
    const id = index.terms.get('putin') ?? -1;
    const from = index.offsets[id] ?? 0;
    const to = index.offsets[id + 1] ?? 0;
    const postings = [...index.postings.subarray(from, to)].map((p) => [p >> 2, p & 3]);
    // Document order; field 0 is the author, 2 the body.
    expect(postings).toEqual([
      [0, 2],
      [1, 2],
      [2, 0],
    ]);
    expect([...index.frequencies.subarray(from, to)]).toEqual([3, 1, 1]);
    expect(index.fieldDocs[id * 3 + 2]).toBe(2);
    expect(index.fieldDocs[id * 3]).toBe(1);
  });

  it('should build the same index slice by slice as in one go', () => {
    const builder = termIndexBuilder();
    builder.add(DOCS.slice(0, 1));
    builder.add(DOCS.slice(1));
    const sliced = builder.build();
    const whole = termIndex(DOCS);
    expect(sliced.postings).toEqual(whole.postings);
    expect(sliced.fieldLength).toEqual(whole.fieldLength);
    expect(sliced.averageFieldLength).toEqual(whole.averageFieldLength);
  });

  it('should tell whether a comment holds a word, whatever field it is in', () => {
    const index = termIndex(DOCS);
    const putin = index.terms.get('putin') ?? -1;
    const sanctions = index.terms.get('sanctions') ?? -1;
    expect([0, 1, 2].map((d) => holdsTerm(index, putin, d))).toEqual([true, true, true]);
    expect([0, 1, 2].map((d) => holdsTerm(index, sanctions, d))).toEqual([false, true, false]);
  });
});
