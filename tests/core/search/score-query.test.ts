import { describe, expect, it } from 'vitest';
import { scoreQuery } from '../../../src/core/search/score-query.ts';
import { termIndex } from '../../../src/core/search/term-index.ts';
import { searchDoc } from '../support/search-doc.ts';

const index = termIndex([
  searchDoc('a', null, 'Putin and the sanctions.'),
  searchDoc('b', null, 'Putin again.'),
  searchDoc('c', null, 'Nothing here.'),
]);

describe('scoreQuery', () => {
  it('should tally how many words each comment matched, and score only those that matched', () => {
    const scored = scoreQuery(index, 'putin sanctions');
    expect([...(scored?.matched ?? [])]).toEqual([2, 1, 0]);
    expect(scored?.scores[0]).toBeGreaterThan(scored?.scores[1] ?? Infinity);
    expect(scored?.scores[2]).toBe(0);
    expect(scored?.expansions.map((e) => e.term)).toEqual(['putin', 'sanctions']);
    expect([...(scored?.masks ?? [])]).toEqual([0b11, 0b01, 0]);
  });

  it('should give null for a query with no words', () => {
    expect(scoreQuery(index, ' … ')).toBeNull();
  });

  it('should start every query from clean tallies', () => {
    scoreQuery(index, 'putin');
    expect([...(scoreQuery(index, 'nothing')?.matched ?? [])]).toEqual([0, 0, 1]);
  });
});
