import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticleTree } from '../../../src/core/article/build-article-index.ts';
import {
  REPEATED,
  TOP,
  treeFromShape,
  treeFromShapeIn,
  treeShape,
} from '../../../src/core/article/tree-shape.ts';
import type { ThreadComment } from '../../../src/core/types.ts';
import { makeDoc } from '../support/thread-fixture.ts';
import { treeSpecs as specs } from '../support/tree-specs.ts';

describe('treeShape', () => {
  it('should rebuild exactly the tree buildArticleTree builds, whatever the parents', () => {
    fc.assert(
      fc.property(specs, (list) => {
        const doc = makeDoc('T', list);
        const tree = buildArticleTree(doc);
        const rebuilt = treeFromShape(doc, treeShape(tree));
        expect(rebuilt.byId).toEqual(tree.byId);
        expect([...rebuilt.children]).toEqual([...tree.children]);
        expect(new Map(rebuilt.descendantCount)).toEqual(tree.descendantCount);
      }),
    );
  });

  it('should rebuild the same tree a slice at a time, as the comments arrive, whatever the parents', () => {
    fc.assert(
      fc.property(specs, fc.integer({ min: 1, max: 5 }), (list, size) => {
        const doc = makeDoc('T', list);
        const tree = buildArticleTree(doc);
        const arrived: ThreadComment[] = [];
        const build = treeFromShapeIn(treeShape(tree), arrived);
        for (let at = 0; at < doc.comments.length; at += size) {
          arrived.push(...doc.comments.slice(at, at + size));
          build.add(at, arrived.length);
        }
        const rebuilt = build.finish({ ...doc, comments: arrived });
        expect(rebuilt.byId).toEqual(tree.byId);
        expect([...rebuilt.children]).toEqual([...tree.children]);
        expect(new Map(rebuilt.descendantCount)).toEqual(tree.descendantCount);
      }),
    );
  });

  it('should mark top-level comments, replies and repeated ids by position', () => {
    const doc = makeDoc('T', [{ id: 'a' }, { id: 'b', parent: 'a' }, { id: 'a' }]);
    const shape = treeShape(buildArticleTree(doc));
    expect([...shape.parents]).toEqual([TOP, 0, REPEATED]);
    expect([...shape.descendants]).toEqual([1, 0, 0]);
  });
});
