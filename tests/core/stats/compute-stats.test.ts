import { describe, expect, it } from 'vitest';
import { statsOf } from '../../../src/core/stats/compute-stats.ts';
import type { StanceLabel } from '../../../src/core/types.ts';
import { makeArticle, type CommentSpec } from '../support/sample-articles.ts';

const vt = { raw: 'Vt.', region: 'Vermont', country: 'United States' };
const ca = {
  raw: 'Pasadena, Ca',
  city: 'Pasadena',
  region: 'California',
  country: 'United States',
};

const a = makeArticle('a', [
  { id: 'r1', author: 'Vincent', place: vt, stance: 'oppose' },
  { id: 'r1a', parent: 'r1', author: 'Mary', place: ca, stance: 'support' },
  { id: 'r1b', parent: 'r1', author: 'Vincent', place: vt, stance: 'oppose', body: 'Second reply' },
  { id: 'r1b1', parent: 'r1b', author: null, stance: 'neutral' },
  {
    id: 'r2',
    author: 'Hans',
    place: { raw: 'Berlin', city: 'Berlin', country: 'Germany' },
    stance: 'support',
  },
  {
    id: 'r3',
    author: 'Panthiest',
    place: { raw: 'U.S.', country: 'United States' },
    stance: 'neutral',
  },
]);
const b = makeArticle('b', [
  { id: 'x', author: 'Vincent', place: vt, stance: 'support' },
  { id: 'y', parent: 'x', author: 'Zed', place: { raw: 'The Moon' }, stance: 'neutral' },
]);

const machine = (articles: ReturnType<typeof makeArticle>[]) => {
  const labels = new Map<string, StanceLabel>();
  for (const art of articles)
    for (const c of art.doc.comments) labels.set(`${art.slug}/${c.id}`, c.stance.label);
  return (key: string) => labels.get(key) ?? 'neutral';
};

describe('statsOf', () => {
  it('should count the stance mix per article and across articles', () => {
    const stanceOf = machine([a, b]);
    expect(statsOf([a], a.slug, stanceOf).stance).toEqual({ support: 2, oppose: 2, neutral: 2 });
    expect(statsOf([b], b.slug, stanceOf).stance).toEqual({ support: 1, oppose: 0, neutral: 1 });
    expect(statsOf([a, b], null, stanceOf)).toMatchObject({
      slug: null,
      comments: 8,
      stance: { support: 3, oppose: 2, neutral: 3 },
    });
  });

  it('should use the reader’s labels when stanceOf says so', () => {
    const s = statsOf([a], null, () => 'support');
    expect(s.stance).toEqual({ support: 6, oppose: 0, neutral: 0 });
  });

  it('should split places into US states, other countries and unknown', () => {
    const s = statsOf([a, b], null, machine([a, b]));
    expect(s.usStates).toEqual([
      { name: 'Vermont', comments: 3, mix: { support: 1, oppose: 2, neutral: 0 } },
      { name: 'California', comments: 1, mix: { support: 1, oppose: 0, neutral: 0 } },
    ]);
    expect(s.usNoState).toBe(1);
    expect(s.countries).toEqual([
      { name: 'Germany', comments: 1, mix: { support: 1, oppose: 0, neutral: 0 } },
    ]);
    expect(s.unknownPlace).toBe(2);
  });

  it('should rank commenters by comment count and count the anonymous apart', () => {
    const s = statsOf([a, b], null, machine([a, b]));
    expect(s.topCommenters[0]).toEqual({
      name: 'Vincent',
      comments: 3,
      mix: { support: 1, oppose: 2, neutral: 0 },
    });
    expect(s.topCommenters.map((t) => t.name)).not.toContain(null);
    expect(s.anonymous).toBe(1);
  });

  it('should give depth and thread-size distributions, without empty classes, that link to an example', () => {
    const s = statsOf([a], null, machine([a]));
    expect(s.depth.map((d) => [d.label, d.count])).toEqual([
      ['0', 3],
      ['1', 2],
      ['2', 1],
    ]);
    expect(s.depth[2]?.example).toEqual({ slug: 'a', id: 'r1b1' });
    const sizes = Object.fromEntries(s.threadSizes.map((t) => [t.label, t.count]));
    expect(sizes).toEqual({ '1': 2, '3–5': 1 });
    expect(s.threadSizes.find((t) => t.label === '3–5')?.example).toEqual({ slug: 'a', id: 'r1' });
  });

  it('should list the most replied-to comments first', () => {
    const s = statsOf([a, b], null, machine([a, b]));
    expect(s.mostReplied.map((r) => [r.key, r.replies, r.descendants])).toEqual([
      ['a/r1', 2, 3],
      ['a/r1b', 1, 1],
      ['b/x', 1, 1],
    ]);
    expect(s.mostReplied[1]?.excerpt).toBe('Second reply');
  });

  it('should fold depths past 20 into one bar', () => {
    const chain: CommentSpec[] = [{ id: 'd0' }];
    for (let i = 1; i <= 30; i += 1) chain.push({ id: `d${i}`, parent: `d${i - 1}` });
    const s = statsOf([makeArticle('deep', chain)], null, () => 'neutral');
    expect(s.depth).toHaveLength(21);
    expect(s.depth[20]).toMatchObject({ label: '20+', count: 11 });
    expect(s.threadSizes.find((t) => t.label === '21–50')?.count).toBe(1);
  });
});
