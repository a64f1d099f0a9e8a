import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticleTree } from '../../src/core/article/build-article-index.ts';
import { treeShape } from '../../src/core/article/tree-shape.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import type { ThreadComment, ThreadDocument } from '../../src/core/types.ts';
import { makeDoc } from '../core/support/thread-fixture.ts';
import { stanceRelevance } from '../../src/core/stance/stance-relevance.ts';
import { createDumpAssembler, REBUILD_STEP } from '../../src/worker/assemble-dump.ts';
import { encodeCommentSlice, type CommentSlice } from '../../src/worker/comment-slice.ts';
import type { OpenedDump } from '../../src/worker/protocol.ts';

function treeOf(doc: ThreadDocument) {
  const tree = buildArticleTree(doc);
  const wire = {
    hash: 'h',
    name: 'deep.txt',
    doc: { ...tree.doc, comments: [] },
    shape: treeShape(tree),
    relevance: stanceRelevance(tree.doc.comments),
    stancesPending: false,
    repliesPending: false,
  };
  return { tree, wire };
}

function slices(comments: readonly ThreadComment[], size: number): CommentSlice[] {
  const out: CommentSlice[] = [];
  for (let at = 0; at < comments.length; at += size) {
    out.push(encodeCommentSlice(comments.slice(at, at + size)));
  }
  return out;
}

const parsed = parseThread(readFileSync('tests/fixtures/parse-deep-nesting.txt', 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);

describe('createDumpAssembler', () => {
  it('should rebuild the tree the worker sent from its shape and its comments in slices', async () => {
    const { tree, wire } = treeOf(parsed.value);
    const assembler = createDumpAssembler();
    // Slices of two comments: a parent and its reply often land in different slices.
    for (const slice of slices(tree.doc.comments, 2)) assembler.add(slice);
    const dump = await new Promise<OpenedDump>((done) => assembler.finish(wire, done));
    expect(dump.tree.doc.comments).toEqual(tree.doc.comments);
    expect(dump.tree.children).toEqual(tree.children);
    expect(dump.tree.descendantCount).toEqual(tree.descendantCount);
    expect(dump.relevance).toEqual(wire.relevance);
  });

  it('should finish a dump whose slices all came before the opened message', async () => {
    const { tree, wire } = treeOf(parsed.value);
    const assembler = createDumpAssembler();
    for (const slice of slices(tree.doc.comments, 5)) assembler.add(slice);
    // Let every slice be decoded first: finish must still answer.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const dump = await new Promise<OpenedDump>((done) => assembler.finish(wire, done));
    expect(dump.tree.byId.size).toBe(tree.byId.size);
  });

  it('should rebuild from the shape a dump whose parents its ids do not make (a repeated id)', async () => {
    const doc = makeDoc('Twice', [
      { id: 'a' },
      { id: 'b', parent: 'a' },
      { id: 'a', parent: 'b' },
      { id: 'c', parent: 'a' },
    ]);
    const { tree, wire } = treeOf(doc);
    const assembler = createDumpAssembler();
    for (const slice of slices(doc.comments, 2)) assembler.add(slice);
    const dump = await new Promise<OpenedDump>((done) => assembler.finish(wire, done));
    expect(dump.tree.byId).toEqual(tree.byId);
    expect(dump.tree.children).toEqual(tree.children);
    expect(dump.tree.descendantCount).toEqual(tree.descendantCount);
  });

  it('should rebuild a dump larger than one step, a reply and its parent in different steps', async () => {
    const n = REBUILD_STEP + 5;
    // The last comments answer the first: their parent was rebuilt a step earlier.
    const doc = makeDoc(
      'Big',
      Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        parent: i >= REBUILD_STEP ? 'c0' : null,
      })),
    );
    const { comments } = doc;
    const { wire } = treeOf(doc);
    const assembler = createDumpAssembler();
    for (const slice of slices(comments, 2_000)) assembler.add(slice);
    const dump = await new Promise<OpenedDump>((done) => assembler.finish(wire, done));
    expect(dump.tree.children.get('c0')).toEqual(comments.slice(REBUILD_STEP).map((c) => c.id));
    expect(dump.tree.descendantCount.get('c0')).toBe(5);
    expect(dump.tree.children.get(null)).toHaveLength(REBUILD_STEP);
  });
});
