import { describe, expect, it } from 'vitest';
import { applyView, documentStance } from '../../src/core/apply-view.ts';
import { EMPTY_VIEW, type ViewState } from '../../src/core/view-types.ts';
import { makeArticle } from './support/thread-fixture.ts';

const US = 'United States';
const a = makeArticle('a', [
  { id: 'a1', author: 'Vincent', stance: 'support', loc: { region: 'Vermont', country: US } },
  {
    id: 'a2',
    parent: 'a1',
    author: 'Mary',
    stance: 'oppose',
    loc: { city: 'Atlanta', region: 'Georgia', country: US },
    body: 'sanctions now',
  },
  { id: 'a3', parent: 'a2', author: 'vincent', stance: 'oppose', loc: null, body: 'no sanctions' },
  { id: 'a4', author: 'Hans', stance: 'neutral', loc: { city: 'Berlin', country: 'Germany' } },
]);
const b = makeArticle('b', [
  {
    id: 'b1',
    author: 'Mary',
    stance: 'support',
    loc: { city: 'Atlanta', region: 'Georgia', country: US },
  },
  { id: 'b2', parent: 'b1', author: null, stance: 'neutral', loc: null, body: 'sanctions?' },
]);
const articles = [a, b];
const stanceOf = documentStance(articles);
const run = (view: Partial<ViewState>, hits: ReadonlySet<string> | null = null) =>
  applyView(articles, { ...EMPTY_VIEW, ...view }, { hits, stanceOf });

describe('applyView', () => {
  it('should match everything in scope when nothing is chosen', () => {
    const r = run({});
    expect(r.inScope).toBe(6);
    expect(r.inView).toBe(6);
    expect(r.stanceCounts).toEqual({ support: 2, oppose: 2, neutral: 2 });
  });

  it('should limit the scope to one article', () => {
    const r = run({ article: 'b' });
    expect(r.inScope).toBe(2);
    expect([...r.matches]).toEqual(['b/b1', 'b/b2']);
  });

  it('should limit the scope to the thread containing the comment, from its root', () => {
    const r = run({ thread: 'a3' });
    expect(r.inScope).toBe(3);
    expect([...r.matches]).toEqual(['a/a1', 'a/a2', 'a/a3']);
  });

  it('should combine search hits with filters (AND)', () => {
    const hits = new Set(['a/a2', 'a/a3', 'b/b2']);
    const r = run({ stance: ['oppose'] }, hits);
    expect([...r.matches]).toEqual(['a/a2', 'a/a3']);
    expect(r.inView).toBe(2);
    expect(r.inScope).toBe(6);
  });

  it('should count stances with the other filters applied but not the stance filter', () => {
    const r = run({ stance: ['support'], loc: 'georgia' });
    expect([...r.matches]).toEqual(['b/b1']);
    expect(r.stanceCounts).toEqual({ support: 1, oppose: 1, neutral: 0 });
  });

  it('should count places with the other filters applied but not the place filter', () => {
    const r = run({ loc: 'Germany', stance: ['support', 'oppose'] });
    expect(r.inView).toBe(0);
    expect(r.locationFacets.places.map((p) => [p.name, p.count])).toEqual([[US, 3]]);
    expect(r.locationFacets.unknown).toBe(1);
  });

  it('should match loc on country, region or city case-insensitively, and "unknown" for none', () => {
    expect(run({ loc: 'united states' }).inView).toBe(3);
    expect(run({ loc: 'ATLANTA' }).inView).toBe(2);
    expect([...run({ loc: 'unknown' }).matches]).toEqual(['a/a3', 'b/b2']);
  });

  it('should filter by author ignoring case and list authors with counts', () => {
    const r = run({ author: 'VINCENT' });
    expect([...r.matches]).toEqual(['a/a1', 'a/a3']);
    expect(r.authors.slice(0, 2)).toEqual([
      { name: 'Mary', count: 2 },
      { name: 'Vincent', count: 2 },
    ]);
    expect(r.authors.some((x) => x.name === 'Hans')).toBe(true);
  });

  it('should use the stance the caller supplies rather than the parsed one', () => {
    const r = applyView(
      articles,
      { ...EMPTY_VIEW, stance: ['oppose'] },
      { hits: null, stanceOf: () => 'oppose' },
    );
    expect(r.inView).toBe(6);
  });
});
