import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../src/core/search/highlight-ranges.ts';
import { matchQuery } from '../../../src/core/search/match-query.ts';
import { rankQuery } from '../../../src/core/search/rank-query.ts';
import { termIndex } from '../../../src/core/search/term-index.ts';
import { searchDoc } from '../support/search-doc.ts';

const index = termIndex([
  searchDoc('a', 'Vincent', 'Sanctions on Russia will not work.'),
  searchDoc('b', null, 'Saudi oil and sanctions, again.'),
  searchDoc('c', null, 'Putin met Trump in Helsinki.'),
  searchDoc('d', null, 'A sad day for diplomacy.'),
]);

describe('matchQuery', () => {
  it('should give every matching comment in dump order, and the terms reached in them', () => {
    const found = matchQuery(index, 'sa');
    expect([...found.docs]).toEqual([0, 1, 3]);
    expect([...found.terms].sort()).toEqual(['sad', 'sanctions', 'saudi']);
  });

  it('should keep the AND of words and the typo tolerance of the ranked search', () => {
    expect([...matchQuery(index, 'sanctoins russia').docs]).toEqual([0]);
    expect(matchQuery(index, 'sanctoins russia').terms).toContain('sanctions');
    expect([...matchQuery(index, ' … ').docs]).toEqual([]);
  });

  it('should mark in each matching comment what the ranked search would have marked', () => {
    const words = ['sa', 'sanc', 'putin', 'trump helsinki', 'russia', 'sad', 'diplomcy'];
    fc.assert(
      fc.property(fc.constantFrom(...words), (q) => {
        const found = matchQuery(index, q);
        const ranked = rankQuery(index, q);
        expect([...found.docs]).toEqual([...ranked.docs].sort((x, y) => x - y));
        ranked.docs.forEach((d, i) => {
          const body = index.docs[d]?.body ?? '';
          expect(highlightRanges(body, found.terms)).toEqual(
            highlightRanges(body, ranked.termsOf(i)),
          );
        });
      }),
    );
  });
});
