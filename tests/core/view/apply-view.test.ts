import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyView } from '../../../src/core/view/apply-view.ts';
import { EMPTY_VIEW, type ViewState } from '../../../src/core/view/view-types.ts';
import { hitsOf } from '../support/hits-of.ts';
import { generatedParent, makeArticle } from '../support/thread-fixture.ts';

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
const run = (view: Partial<ViewState>, hits: readonly string[] | null = null) =>
  applyView(
    articles,
    { ...EMPTY_VIEW, ...view },
    { hits: hits === null ? null : hitsOf(articles, hits).at },
  );

describe('applyView', () => {
  it('should scope a comparison to the two compared articles, filters applied to both', () => {
    const c = makeArticle('c', [{ id: 'c1', author: 'Zed', stance: 'oppose', loc: null }]);
    const all = [a, b, c];
    const r = applyView(
      all,
      { ...EMPTY_VIEW, compare: ['a', 'c'], stance: ['oppose'] },
      { hits: null },
    );
    expect(r.inScope).toBe(5);
    expect([...r.matches].sort()).toEqual(['a/a2', 'a/a3', 'c/c1']);
  });

  it('should match everything in scope when nothing is chosen', () => {
    const r = run({});
    expect(r.inScope).toBe(6);
    expect(r.inView).toBe(6);
    expect([...r.matches]).toEqual(['a/a1', 'a/a2', 'a/a3', 'a/a4', 'b/b1', 'b/b2']);
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
    const hits = ['a/a2', 'a/a3', 'b/b2'];
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

  it('should use parsed stances, or the labels over them where the caller gives one', () => {
    const parsed = applyView(articles, { ...EMPTY_VIEW, stance: ['oppose'] }, { hits: null });
    expect([...parsed.matches]).toEqual(['a/a2', 'a/a3']);
    const overrides = new Map([['b/b1', 'oppose' as const]]);
    const r = applyView(
      articles,
      { ...EMPTY_VIEW, stance: ['oppose'] },
      { hits: null, labelOf: (key) => overrides.get(key) ?? null },
    );
    expect([...r.matches]).toEqual(['a/a2', 'a/a3', 'b/b1']);
    expect(r.stanceCounts).toEqual({ support: 1, oppose: 3, neutral: 2 });
  });

  it('should use the label the caller supplies for every comment rather than the parsed one', () => {
    const r = applyView(
      articles,
      { ...EMPTY_VIEW, stance: ['oppose'] },
      { hits: null, labelOf: () => 'oppose' },
    );
    expect(r.inView).toBe(6);
  });
});

describe('applyView against a brute-force reference', () => {
  const stancesArb = fc.constantFrom('support' as const, 'oppose' as const, 'neutral' as const);
  const treeArb = fc
    .array(
      fc.record({
        parent: fc.nat(),
        stance: stancesArb,
        place: fc.constantFrom(null, 'Vermont', 'Georgia'),
        author: fc.constantFrom(null, 'Ann', 'Bob'),
      }),
      { minLength: 1, maxLength: 30 },
    )
    .map((specs) =>
      makeArticle(
        't',
        specs.map((s, i) => ({
          id: `c${i}`,
          parent: generatedParent(i, s.parent),
          stance: s.stance,
          author: s.author,
          loc: s.place === null ? null : { region: s.place, country: US },
        })),
      ),
    );

  it('should agree with a plain filter for any tree, hits, thread and filters', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.nat(40)),
        fc.option(fc.nat(40)),
        fc.subarray(['support', 'oppose', 'neutral'] as const),
        fc.constantFrom(null, 'vermont', 'unknown'),
        fc.constantFrom(null, 'ann'),
        fc.boolean(),
        fc.boolean(),
        (article, hitNums, threadNum, stance, loc, author, useStanceOf, muteSomeone) => {
          const ids = [...article.byId.keys()];
          const hits = hitNums.length === 0 ? null : new Set(hitNums.map((n) => `t/c${n}`));
          const thread =
            threadNum === null || !article.byId.has(`c${threadNum}`) ? null : `c${threadNum}`;
          const view = { ...EMPTY_VIEW, thread, stance: [...stance], loc, author };
          const at = hits === null ? null : hitsOf([article], [...hits]).at;
          // A mute (of a name no one has) makes every comment be looked at, not only the hits.
          const muted = new Set(muteSomeone ? ['no such commenter'] : []);
          const r = applyView(
            [article],
            view,
            useStanceOf ? { hits: at, labelOf: () => null, muted } : { hits: at, muted },
          );

          const rootOf = (id: string): string => {
            let cur = id;
            for (
              let p = article.byId.get(cur)?.parentId ?? null;
              p !== null;
              p = article.byId.get(cur)?.parentId ?? null
            )
              cur = p;
            return cur;
          };
          const scope = thread === null ? ids : ids.filter((id) => rootOf(id) === rootOf(thread));
          const expected = scope.filter((id) => {
            const c = article.byId.get(id);
            if (c === undefined) return false;
            const place = c.location?.region?.toLowerCase() ?? 'unknown';
            return (
              (hits === null || hits.has(`t/${id}`)) &&
              (stance.length === 0 || (stance as readonly string[]).includes(c.stance.label)) &&
              (loc === null ||
                place === loc ||
                (loc !== 'unknown' && c.location?.country?.toLowerCase() === loc)) &&
              (author === null || c.author?.toLowerCase() === author)
            );
          });
          expect(r.inScope).toBe(scope.length);
          expect(new Set(r.matches)).toEqual(new Set(expected.map((id) => `t/${id}`)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
