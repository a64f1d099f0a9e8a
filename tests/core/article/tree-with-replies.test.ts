import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { treeShapeOf } from '../../../src/core/article/tree-shape-of.ts';
import { treeFromShape } from '../../../src/core/article/tree-shape.ts';
import { treeWithReplies } from '../../../src/core/article/tree-with-replies.ts';
import { layOutDump } from '../../../src/core/lay-out-dump.ts';
import { linkStructure } from '../../../src/core/parse-structure.ts';
import { unlinkedDoc } from '../../../src/core/unlinked-doc.ts';

const NYT = readFileSync('seeds/000_ee58b0036ea7db85.txt', 'utf8');

describe('treeWithReplies', () => {
  it("should make a flat dump's page-order tree the tree its guessed parents give, still pending its stances", () => {
    const laid = layOutDump(NYT);
    if (!laid.ok) throw new Error(laid.error.message);
    const unlinked = unlinkedDoc(laid.value);
    const before = {
      ...treeFromShape(unlinked, treeShapeOf(unlinked)),
      stancesPending: true as const,
    };
    const structure = linkStructure(laid.value);
    const shape = treeShapeOf(structure.doc);
    const replies = structure.doc.comments.map((c) => c.reply);
    const warnings = structure.doc.warnings;
    const after = treeWithReplies(before, { replies, warnings, shape });
    expect(after).toEqual({ ...treeFromShape(structure.doc, shape), stancesPending: true });
    // The page's top level loses every comment that answers another.
    const top = (t: typeof after) => t.children.get(null)?.length ?? 0;
    expect(top(after)).toBeLessThan(top(before));
    expect(after.doc.comments.some((c) => c.depth >= 2)).toBe(true);
  });
});
