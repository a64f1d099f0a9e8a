import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticleTree } from '../../src/core/article/build-article-index.ts';
import { treeShape } from '../../src/core/article/tree-shape.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import { stanceRelevance } from '../../src/core/stance/stance-relevance.ts';
import { assembleDump } from '../../src/worker/assemble-dump.ts';
import type { OpenedDump } from '../../src/worker/protocol.ts';

const parsed = parseThread(readFileSync('tests/fixtures/parse-deep-nesting.txt', 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const tree = buildArticleTree(parsed.value);

describe('assembleDump', () => {
  it('should rebuild the tree the worker sent from its shape and its comments in slices', async () => {
    const { comments } = tree.doc;
    // Slices of two comments: a parent and its reply often land in different slices.
    const slices: string[] = [];
    for (let at = 0; at < comments.length; at += 2) {
      slices.push(JSON.stringify(comments.slice(at, at + 2)));
    }
    const wire = {
      hash: 'h',
      name: 'deep.txt',
      doc: { ...tree.doc, comments: [] },
      shape: treeShape(tree),
      relevance: stanceRelevance(comments),
    };
    const dump = await new Promise<OpenedDump>((done) => assembleDump(wire, slices, done));
    expect(dump.tree.doc.comments).toEqual(comments);
    expect(dump.tree.children).toEqual(tree.children);
    expect(dump.tree.descendantCount).toEqual(tree.descendantCount);
    // Each slice is let go once read: the page does not hold the text twice.
    expect(slices.every((s) => s === '')).toBe(true);
  });
});
