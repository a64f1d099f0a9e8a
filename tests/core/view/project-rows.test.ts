import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectRows, type ProjectRowsInput } from '../../../src/core/view/project-rows.ts';
import type { Row } from '../../../src/core/view/view-types.ts';
import { chain, makeArticle } from '../support/thread-fixture.ts';

// r1 ─ x ─ y
//    └ z (long body)
// r2 ─ w
const a = makeArticle('a', [
  { id: 'r1' },
  { id: 'x', parent: 'r1' },
  { id: 'y', parent: 'x' },
  { id: 'r2' },
  { id: 'z', parent: 'r1', body: 'a much longer body than the others have' },
  { id: 'w', parent: 'r2' },
]);
const b = makeArticle('b', [{ id: 'q' }]);

const base: ProjectRowsInput = {
  articles: [a, b],
  matches: null,
  collapsed: new Set(),
  sort: 'page',
  threadRoot: null,
};
const project = (over: Partial<ProjectRowsInput>) => projectRows({ ...base, ...over });
const line = (r: Row) =>
  r.kind === 'article'
    ? `# ${r.slug} (${r.count})`
    : `${'  '.repeat(r.depth)}${r.id}${r.dimmed ? ' dim' : ''}${r.collapsed ? ` [+${r.hiddenCount}]` : ''}`;
const lines = (rows: Row[]) => rows.map(line);

describe('projectRows', () => {
  it('should list every article with its comments depth-first in page order', () => {
    expect(lines(project({}))).toEqual([
      '# a (6)',
      'r1',
      '  x',
      '    y',
      '  z',
      'r2',
      '  w',
      '# b (1)',
      'q',
    ]);
  });

  it('should give reply counts and unique keys', () => {
    const rows = project({});
    const r1 = rows.find((r) => r.key === 'a/r1');
    expect(r1?.kind === 'comment' && r1.replyCount).toBe(2);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('should fold a comment with its replies to one row and say how many comments it hides', () => {
    expect(lines(project({ collapsed: new Set(['a/r1']) }))).toEqual([
      '# a (6)',
      'r1 [+3]',
      'r2',
      '  w',
      '# b (1)',
      'q',
    ]);
  });

  it('should fold a comment without replies too, hiding nothing below it', () => {
    const rows = project({ collapsed: new Set(['b/q']) });
    expect(rows.at(-1)).toMatchObject({ id: 'q', collapsed: true, hiddenCount: 0 });
    expect(lines(rows).at(-1)).toBe('q [+0]');
  });

  it('should show matches inside their threads with non-matching ancestors dimmed', () => {
    expect(lines(project({ matches: new Set(['a/y', 'a/w']) }))).toEqual([
      '# a (2)',
      'r1 dim',
      '  x dim',
      '    y',
      'r2 dim',
      '  w',
    ]);
  });

  it('should leave out an article with no matches', () => {
    expect(lines(project({ matches: new Set(['b/q']) }))).toEqual(['# b (1)', 'q']);
    expect(project({ matches: new Set() })).toEqual([]);
  });

  it('should count only shown comments as hidden under a collapse when filtering', () => {
    const rows = project({ matches: new Set(['a/y', 'a/z']), collapsed: new Set(['a/r1']) });
    expect(lines(rows)).toEqual(['# a (2)', 'r1 dim [+3]']);
    const onlyY = project({ matches: new Set(['a/y']), collapsed: new Set(['a/r1']) });
    expect(lines(onlyY)).toEqual(['# a (1)', 'r1 dim [+2]']);
  });

  it('should limit the rows to the thread containing threadRoot, from its root', () => {
    expect(lines(project({ threadRoot: 'a/y' }))).toEqual(['# a (4)', 'r1', '  x', '    y', '  z']);
    expect(project({ threadRoot: 'a/missing' })).toEqual([]);
  });

  it('should order siblings by descendant count for sort=replies, page order on ties', () => {
    expect(lines(project({ sort: 'replies', articles: [a] }))).toEqual([
      '# a (6)',
      'r1',
      '  x',
      '    y',
      '  z',
      'r2',
      '  w',
    ]);
    const flat = makeArticle('f', [
      { id: 'p' },
      { id: 'q' },
      { id: 'qq', parent: 'q' },
      { id: 'r' },
    ]);
    expect(lines(project({ sort: 'replies', articles: [flat] }))).toEqual([
      '# f (4)',
      'q',
      '  qq',
      'p',
      'r',
    ]);
  });

  it('should order siblings by body length for sort=longest', () => {
    expect(lines(project({ sort: 'longest', articles: [a] })).slice(1, 5)).toEqual([
      'r1',
      '  z',
      '  x',
      '    y',
    ]);
  });

  it('should project a 50,000-deep chain without overflowing the stack', () => {
    const deep = chain('deep', 50_000);
    const rows = project({ articles: [deep] });
    expect(rows).toHaveLength(50_001);
    expect(rows.at(-1)).toMatchObject({ id: 'c49999', depth: 49_999 });
    const hits = project({ articles: [deep], matches: new Set(['deep/c49999']) });
    expect(hits.filter((r) => r.kind === 'comment' && r.dimmed)).toHaveLength(49_999);
    // Generous: the machine running CI may be shared; this checks depth, not speed.
  }, 60_000);
});

describe('projectRows invariants', () => {
  const treeArb = fc
    .array(fc.tuple(fc.nat(), fc.nat(200)), { minLength: 1, maxLength: 40 })
    .map((specs) =>
      makeArticle(
        't',
        specs.map(([p, len], i) => ({
          id: `c${i}`,
          parent: i === 0 || p % 4 === 0 ? null : `c${p % i}`,
          body: 'x'.repeat(len),
        })),
      ),
    );

  it('should show each match once, undimmed, under its real parent, for any tree and sort', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.nat(50)),
        fc.array(fc.nat(50)),
        fc.constantFrom('page' as const, 'replies' as const, 'longest' as const),
        (article, matchNums, collapsedNums, sort) => {
          const matches = new Set(
            matchNums.map((n) => `t/c${n}`).filter((k) => article.byId.has(k.slice(2))),
          );
          const collapsed = new Set(collapsedNums.map((n) => `t/c${n}`));
          const rows = projectRows({
            articles: [article],
            matches,
            collapsed,
            sort,
            threadRoot: null,
          });
          const comments = rows.filter((r) => r.kind === 'comment');
          expect(new Set(comments.map((r) => r.key)).size).toBe(comments.length);
          const path: string[] = [];
          for (const r of comments) {
            expect(r.dimmed).toBe(!matches.has(r.key));
            path.length = r.depth;
            const parent = article.byId.get(r.id)?.parentId ?? null;
            expect(parent).toBe(r.depth === 0 ? null : (path[r.depth - 1] ?? 'missing'));
            path.push(r.id);
          }
          // Every match is either a row or hidden under a collapsed ancestor that is a row.
          const shownKeys = new Set(comments.map((r) => r.key));
          const hidden = comments.reduce((n, r) => n + r.hiddenCount, 0);
          const rowsAndHidden = comments.length + hidden;
          const withAncestors = new Set<string>();
          for (const k of matches) {
            for (
              let id: string | null = k.slice(2);
              id !== null;
              id = article.byId.get(id)?.parentId ?? null
            ) {
              withAncestors.add(id);
            }
          }
          expect(rowsAndHidden).toBe(withAncestors.size);
          for (const k of matches) {
            if (shownKeys.has(k)) continue;
            let id: string | null = article.byId.get(k.slice(2))?.parentId ?? null;
            let found = false;
            for (; id !== null; id = article.byId.get(id)?.parentId ?? null) {
              if (collapsed.has(`t/${id}`) && shownKeys.has(`t/${id}`)) found = true;
            }
            expect(found).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
