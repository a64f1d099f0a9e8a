import { describe, expect, it } from 'vitest';
import { phraseDocs } from '../../../src/core/search/phrase-docs.ts';
import { searchDocs } from '../../../src/core/search/search-docs.ts';
import { searchPhrases } from '../../../src/core/search/search-phrases.ts';
import { termIndex } from '../../../src/core/search/term-index.ts';
import { makeDoc } from '../support/thread-fixture.ts';

const doc = makeDoc('Talks', [
  { id: 'a', author: 'Ann', body: 'A regime change is coming.' },
  { id: 'b', author: 'Bo', body: 'Change the regime.' },
  { id: 'c', author: 'Regime', body: 'Change, nothing else.' },
  { id: 'd', author: 'Cy', body: 'They want regime changes, and a regime change.' },
  { id: 'e', author: 'Dee', body: 'Regimes change slowly.' },
]);
const index = termIndex(searchDocs(doc.comments, 'h'));
const fieldsOf = (d: number) => {
  const c = doc.comments[d];
  return c === undefined ? [] : [c.author, null, c.body];
};
const docs = (query: string, within: Int32Array | null = null) => [
  ...phraseDocs(index, searchPhrases(query).phrases, within, fieldsOf),
];

describe('phraseDocs', () => {
  it('should keep the comments holding the words side by side, whole, within one field', () => {
    expect(docs('"regime change"')).toEqual([0, 3]);
  });

  it('should take the last word of an open phrase as begun', () => {
    expect(docs('"regime ch')).toEqual([0, 3]);
    expect(docs('"regimes ch')).toEqual([4]);
  });

  it('should find a quoted word alone, whole', () => {
    expect(docs('"regimes"')).toEqual([4]);
  });

  it('should keep only comments of `within`, and those holding every phrase', () => {
    expect(docs('"regime change"', Int32Array.of(1, 3))).toEqual([3]);
    expect(docs('"regime change" "a regime"')).toEqual([0, 3]);
    expect(docs('"regime change" "they want"')).toEqual([3]);
  });

  it('should find nothing for a word no comment holds', () => {
    expect(docs('"regime collapse"')).toEqual([]);
  });
});
