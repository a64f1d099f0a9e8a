import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/stats/compare-articles.ts';
import { makeArticle } from '../support/sample-articles.ts';

const a = makeArticle(
  'a',
  [
    { id: 'a1', author: 'Vincent', stance: 'oppose', body: 'Puppet puppet sanctions.' },
    { id: 'a2', parent: 'a1', author: 'Mary', stance: 'support', body: 'Talks beat war.' },
    { id: 'a3', author: 'vincent ', stance: 'oppose', body: 'Puppet again.' },
  ],
  'Article A',
);
const b = makeArticle(
  'b',
  [
    { id: 'b1', author: 'Vincent', stance: 'support', body: 'Peace talks, peace, peace.' },
    { id: 'b2', author: 'Hans', stance: 'neutral', body: 'Sanctions?' },
  ],
  'Article B',
);
const byDoc = (key: string) =>
  (key.startsWith('a/') ? a : b).byId.get(key.slice(2))?.stance.label ?? 'neutral';

describe('compareArticles', () => {
  it('should give each side its count, stance mix and title', () => {
    const c = compareArticles(a, b, null, byDoc);
    expect([c.titleA, c.a.comments, c.a.stance]).toEqual([
      'Article A',
      3,
      { support: 1, oppose: 2, neutral: 0 },
    ]);
    expect([c.titleB, c.b.comments, c.b.stance]).toEqual([
      'Article B',
      2,
      { support: 1, oppose: 0, neutral: 1 },
    ]);
    expect(c.stance.find((s) => s.label === 'oppose')?.difference?.estimate).toBeCloseTo(2 / 3);
  });

  it('should apply the same filter (the comments in view) to both sides', () => {
    const c = compareArticles(a, b, new Set(['a/a1', 'b/b2']), byDoc);
    expect(c.a.comments).toBe(1);
    expect(c.b.comments).toBe(1);
    expect(c.words.map((w) => w.word).sort()).toEqual(['puppet', 'sanctions']);
  });

  it('should find the distinctive words of each side', () => {
    const c = compareArticles(a, b, null, byDoc);
    expect(c.distinctive.a[0]?.word).toBe('puppet');
    expect(c.distinctive.b[0]?.word).toBe('peace');
  });

  it('should list commenters who wrote on both sides, matching names loosely', () => {
    const c = compareArticles(a, b, null, byDoc);
    expect(c.shared).toEqual([{ name: 'Vincent', countA: 2, countB: 1 }]);
  });
});
