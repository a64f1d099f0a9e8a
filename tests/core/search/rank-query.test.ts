import { describe, expect, it } from 'vitest';
import { rankQuery } from '../../../src/core/search/rank-query.ts';
import { termIndex } from '../../../src/core/search/term-index.ts';
import type { SearchDoc } from '../../../src/core/search/search-index.ts';

const doc = (article: string, id: string, body: string): SearchDoc => ({
  key: `${article}/${id}`,
  article,
  id,
  author: null,
  location: null,
  body,
});

describe('rankQuery', () => {
  it('should count every match but rank only the best `limit` of them', () => {
    const docs = Array.from({ length: 50 }, (_, i) =>
      doc('t', `c${i}`, `${'putin '.repeat(1 + (i % 7))}and ${i} other words here`),
    );
    const index = termIndex(docs);
    const all = rankQuery(index, 'putin');
    const top = rankQuery(index, 'putin', { limit: 5 });
    expect(all.total).toBe(50);
    expect(top.total).toBe(50);
    expect([...top.docs]).toEqual([...all.docs.subarray(0, 5)]);
    expect([...top.scores]).toEqual([...all.scores.subarray(0, 5)]);
  });

  it('should not expand a one-letter word to every word that starts with it', () => {
    const index = termIndex([doc('t', '1', 'Syria and sanctions'), doc('t', '2', 'plan s now')]);
    expect(rankQuery(index, 's').total).toBe(1);
    expect(rankQuery(index, 'sa').total).toBe(1);
    expect(rankQuery(index, 'sy').total).toBe(1);
  });

  it('should name the words that matched in each comment, even past 31 expansions of a prefix', () => {
    const words = Array.from(
      { length: 40 },
      (_, i) => `peace${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const docs = words.map((w, i) => doc('t', String(i), `${w} talks`));
    const index = termIndex(docs);
    const ranked = rankQuery(index, 'peace talks');
    expect(ranked.total).toBe(40);
    for (let i = 0; i < ranked.docs.length; i++) {
      const d = ranked.docs[i] ?? -1;
      expect(ranked.termsOf(i).sort()).toEqual([words[d], 'talks'].sort());
    }
  });

  it('should keep to one article when asked, and answer nothing to a query of no words', () => {
    const index = termIndex([doc('a', '1', 'treaty'), doc('b', '1', 'treaty')]);
    expect(rankQuery(index, 'treaty', { article: 'b' }).docs).toEqual(Int32Array.from([1]));
    expect(rankQuery(index, ' … ').total).toBe(0);
  });
});
