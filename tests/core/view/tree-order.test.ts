import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedChildren } from '../../../src/core/article/sorted-children.ts';
import { treeOrder } from '../../../src/core/view/tree-order.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import { generatedParent, makeArticle } from '../support/thread-fixture.ts';

// r1 ─ x ─ y   (y is long)
// r2 ─ w, v
const a = makeArticle('a', [
  { id: 'r1' },
  { id: 'x', parent: 'r1' },
  { id: 'y', parent: 'x', body: 'a much longer body than the others' },
  { id: 'r2' },
  { id: 'w', parent: 'r2' },
  { id: 'v', parent: 'r2', body: 'longer than w' },
]);
const idsOf = (article: ArticleIndex, positions: Iterable<number>) =>
  [...positions].map((p) => article.doc.comments[p]?.id);

/** Depth-first ids with siblings as sortedChildren orders them: what the rows must follow. */
function walk(article: ArticleIndex, sort: 'page' | 'replies' | 'longest'): string[] {
  const kids = sortedChildren(article, sort);
  const out: string[] = [];
  const stack = [...(kids.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    out.push(id);
    stack.push(...[...(kids.get(id) ?? [])].reverse());
  }
  return out;
}

describe('treeOrder', () => {
  it('should list the comments depth-first in page order, each subtree a run of slots', () => {
    const order = treeOrder(a, 'page');
    expect(idsOf(a, order.pre)).toEqual(['r1', 'x', 'y', 'r2', 'w', 'v']);
    expect([...order.end]).toEqual([3, 3, 3, 6, 5, 6]);
    expect([...order.depth]).toEqual([0, 1, 2, 0, 1, 1]);
    expect([...order.replies]).toEqual([1, 1, 0, 2, 0, 0]);
    expect([...order.parent]).toEqual([-1, 0, 1, -1, 3, 3]);
  });

  it('should follow the sort order among siblings, and keep one order per sort', () => {
    const longest = idsOf(a, treeOrder(a, 'longest').pre);
    expect(longest).toEqual(walk(a, 'longest'));
    expect(longest.indexOf('v')).toBeLessThan(longest.indexOf('w'));
    // Equal reply counts keep page order.
    expect(idsOf(a, treeOrder(a, 'replies').pre)).toEqual(['r1', 'x', 'y', 'r2', 'w', 'v']);
    expect(treeOrder(a, 'page')).toBe(treeOrder(a, 'page'));
  });

  it('should walk a 50,000-deep chain without overflowing the stack', () => {
    const n = 50_000;
    const chain = makeArticle(
      'c',
      Array.from({ length: n }, (_, i) => ({ id: `c${i}`, parent: i === 0 ? null : `c${i - 1}` })),
    );
    const order = treeOrder(chain, 'page');
    expect(order.pre.length).toBe(n);
    expect(order.end[0]).toBe(n);
    expect(order.depth[n - 1]).toBe(n - 1);
  });

  it('should agree with a plain depth-first walk for any tree and sort', () => {
    const treeArb = fc
      .array(fc.record({ parent: fc.nat(), length: fc.nat(20) }), { minLength: 1, maxLength: 40 })
      .map((specs) =>
        makeArticle(
          't',
          specs.map((s, i) => ({
            id: `c${i}`,
            parent: generatedParent(i, s.parent),
            body: 'x'.repeat(s.length),
          })),
        ),
      );
    fc.assert(
      fc.property(treeArb, fc.constantFrom('page', 'replies', 'longest'), (article, sort) => {
        const order = treeOrder(article, sort);
        expect(idsOf(article, order.pre)).toEqual(walk(article, sort));
        order.pre.forEach((p, s) => {
          const id = article.doc.comments[p]?.id ?? '';
          // A subtree's run holds exactly the comment and everything below it.
          expect((order.end[s] ?? 0) - s - 1).toBe(article.descendantCount.get(id) ?? 0);
        });
      }),
    );
  });
});
