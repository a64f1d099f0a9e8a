import { describe, expect, it } from 'vitest';
import { searchDoc } from '../support/search-doc.ts';
import { searchIndex } from '../../../src/core/search/search-index.ts';
import { restoreTermIndex, storeTermIndex } from '../../../src/core/search/stored-term-index.ts';
import { termIndex } from '../../../src/core/search/term-index.ts';

const doc = searchDoc;

const DOCS = [
  doc('a', 'Mary', 'Putin, putin and PUTIN again.'),
  doc('b', null, 'Sanctions on Putin; the sanction regime.'),
  doc('c', 'Putin Fan', 'Nothing here about Ñandú.'),
  doc('d', 'Sam', 'Santions are a mistake, say the sanctioned.'),
];

describe('storeTermIndex', () => {
  it('should survive a structured clone and answer every query as the index it came from', () => {
    const built = termIndex(DOCS);
    const restored = restoreTermIndex(DOCS, structuredClone(storeTermIndex(built)));
    expect(restored).not.toBeNull();
    if (restored === null) return;
    for (const q of ['putin', 'sanc', 'sanctions', 'nandu', 'pu', 'mary', 'zzz']) {
      expect(searchIndex({ terms: restored, documentCount: DOCS.length }, q)).toEqual(
        searchIndex({ terms: built, documentCount: DOCS.length }, q),
      );
    }
    expect([...restored.terms.keys()]).toEqual([...built.terms.keys()]);
  });

  it('should refuse a stored index that does not fit the comments', () => {
    const stored = storeTermIndex(termIndex(DOCS));
    expect(restoreTermIndex(DOCS.slice(1), stored)).toBeNull();
    expect(restoreTermIndex(DOCS, { ...stored, terms: stored.terms.slice(1) })).toBeNull();
    expect(restoreTermIndex(DOCS, { ...stored, postings: [] as unknown as Int32Array })).toBeNull();
  });
});
