import { describe, expect, it } from 'vitest';
import {
  compareFiguresRows,
  distinctiveWordsRows,
} from '../../../src/core/export/compare-csv-rows.ts';
import { compareArticles } from '../../../src/core/stats/compare-articles.ts';
import { makeArticle } from '../support/sample-articles.ts';

const vt = { raw: 'Vt.', region: 'Vermont', country: 'United States' };
const a = makeArticle('a', [
  { id: 'a1', author: 'Vincent', place: vt, stance: 'oppose', body: 'Puppet show.' },
  { id: 'a2', author: 'Mary', stance: 'support', body: 'Talks now.' },
]);
const b = makeArticle('b', [{ id: 'b1', author: 'Vincent', stance: 'support', body: 'Peace.' }]);
const c = compareArticles(a, b, null, (k) =>
  k.startsWith('a/') ? (k === 'a/a1' ? 'oppose' : 'support') : 'support',
);

describe('compareFiguresRows', () => {
  it('should put both sides in columns, with the stance difference and its interval', () => {
    const rows = compareFiguresRows(c);
    expect(rows[0]?.slice(0, 4)).toEqual(['section', 'item', 'a', 'b']);
    expect(rows).toContainEqual(['comments', 'comments in view', 2, 1, null, null, null]);
    expect(rows).toContainEqual(['stance', 'oppose count', 1, 0]);
    const share = rows.find((r) => r[1] === 'support share');
    expect(share?.slice(2, 5)).toEqual([0.5, 1, -0.5]);
    expect(rows).toContainEqual(['US state', 'Vermont', 1, 0, null, null, null]);
    expect(rows).toContainEqual(['commenter in both', 'Vincent', 1, 1]);
  });
});

describe('distinctiveWordsRows', () => {
  it('should list every scored word with its side, counts, log-odds and z', () => {
    const rows = distinctiveWordsRows(c);
    expect(rows[0]).toEqual([
      'word',
      'leans to',
      'count in a',
      'count in b',
      'log-odds delta',
      'z',
    ]);
    expect(rows).toHaveLength(c.words.length + 1);
    const peace = rows.find((r) => r[0] === 'peace');
    expect(peace?.[1]).toBe('b');
    expect(peace?.slice(2, 4)).toEqual([0, 1]);
  });
});
