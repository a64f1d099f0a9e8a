import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticleTree } from '../../../src/core/article/build-article-index.ts';
import { growingTree } from '../../../src/core/article/growing-tree.ts';
import { treeFromShape, treeShape } from '../../../src/core/article/tree-shape.ts';
import { parseThread } from '../../../src/core/parse-thread.ts';
import type { ThreadDocument } from '../../../src/core/types.ts';
import { makeDoc } from '../support/thread-fixture.ts';

/** What the page built before (treeFromShape), beside what it grows now. */
function grown(doc: ThreadDocument) {
  const shape = treeShape(buildArticleTree(doc));
  const growing = growingTree();
  for (const c of doc.comments) growing.add(c);
  return { tree: treeFromShape(doc, shape), grown: growing.finish(doc, shape) };
}

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

// Small id alphabets make repeated ids, missing parents, self-replies and cycles common.
const specs = fc.array(
  fc
    .record({
      id: fc.constantFrom(...ids),
      parent: fc.option(fc.constantFrom(...ids, 'missing'), { nil: null }),
    })
    .map(({ id, parent }) => (parent === null ? { id } : { id, parent })),
  { maxLength: 14 },
);

describe('growingTree', () => {
  it('should grow exactly the tree rebuilt from the shape, for a parse', () => {
    const parsed = parseThread(readFileSync('tests/fixtures/parse-deep-nesting.txt', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { tree, grown: tree2 } = grown(parsed.value);
    expect(tree2).not.toBeNull();
    expect(tree2?.byId).toEqual(tree.byId);
    expect([...(tree2?.children ?? [])]).toEqual([...tree.children]);
    expect([...(tree2?.descendantCount ?? [])]).toEqual([...tree.descendantCount]);
    expect(tree2?.descendantCount).toEqual(buildArticleTree(parsed.value).descendantCount);
  });

  it('should grow the tree rebuilt from the shape, or give up, whatever the parents', () => {
    fc.assert(
      fc.property(specs, (list) => {
        const doc = makeDoc('T', list);
        const { tree, grown: tree2 } = grown(doc);
        if (tree2 === null) return;
        expect(tree2.byId).toEqual(tree.byId);
        expect([...tree2.children]).toEqual([...tree.children]);
        expect([...tree2.descendantCount]).toEqual([...tree.descendantCount]);
      }),
    );
  });

  it('should give up on a repeated id, a missing parent and a cycle', () => {
    const repeated = makeDoc('T', [{ id: 'a' }, { id: 'a' }]);
    const missing = makeDoc('T', [{ id: 'a', parent: 'gone' }]);
    const cycle = makeDoc('T', [
      { id: 'a', parent: 'b' },
      { id: 'b', parent: 'a' },
    ]);
    for (const doc of [repeated, missing, cycle]) expect(grown(doc).grown).toBeNull();
  });

  it('should give up when the comments are not the ones it grew from', () => {
    const doc = makeDoc('T', [{ id: 'a' }, { id: 'b', parent: 'a' }]);
    const growing = growingTree();
    growing.add(doc.comments[0]!);
    expect(growing.finish(doc, treeShape(buildArticleTree(doc)))).toBeNull();
  });
});
