import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticleTree } from '../../../src/core/article/build-article-index.ts';
import { treeShape } from '../../../src/core/article/tree-shape.ts';
import { treeShapeOf } from '../../../src/core/article/tree-shape-of.ts';
import { parseThread } from '../../../src/core/parse-thread.ts';
import { makeDoc } from '../support/thread-fixture.ts';
import { treeSpecs as specs } from '../support/tree-specs.ts';

describe('treeShapeOf', () => {
  it('should give the shape of the tree buildArticleTree builds, whatever the parents', () => {
    fc.assert(
      fc.property(specs, (list) => {
        const doc = makeDoc('T', list);
        expect(treeShapeOf(doc)).toEqual(treeShape(buildArticleTree(doc)));
      }),
    );
  });

  it('should give the shape of a parse’s tree', () => {
    const parsed = parseThread(readFileSync('tests/fixtures/parse-deep-nesting.txt', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(treeShapeOf(parsed.value)).toEqual(treeShape(buildArticleTree(parsed.value)));
  });

  it('should count every comment below a comment, all depths', () => {
    const doc = makeDoc('T', [
      { id: 'a' },
      { id: 'b', parent: 'a' },
      { id: 'c', parent: 'b' },
      { id: 'd', parent: 'a' },
      { id: 'e' },
    ]);
    expect([...treeShapeOf(doc).descendants]).toEqual([3, 1, 0, 0, 0]);
  });
});
