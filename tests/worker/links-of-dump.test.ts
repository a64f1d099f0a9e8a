import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { treeShapeOf } from '../../src/core/article/tree-shape-of.ts';
import { treeFromShape } from '../../src/core/article/tree-shape.ts';
import { treeWithReplies } from '../../src/core/article/tree-with-replies.ts';
import { layOutDump } from '../../src/core/lay-out-dump.ts';
import { linkStructure } from '../../src/core/parse-structure.ts';
import { unlinkedDoc } from '../../src/core/unlinked-doc.ts';
import { stanceRelevance } from '../../src/core/stance/stance-relevance.ts';
import type { ThreadDocument } from '../../src/core/types.ts';
import { linksOfDump } from '../../src/worker/links-of-dump.ts';
import { decodeReplies } from '../../src/worker/replies-wire.ts';
import type { WorkerDump } from '../../src/worker/dump-opener.ts';

const NYT = new URL('../../seeds/000_ee58b0036ea7db85.txt', import.meta.url);

function dumpOf(doc: ThreadDocument): WorkerDump {
  return {
    hash: 'h',
    name: 'a.txt',
    doc,
    shape: treeShapeOf(doc),
    relevance: stanceRelevance(doc.comments),
    stancesPending: false,
    repliesPending: false,
  };
}

describe('linksOfDump', () => {
  it("should give a page that shows the dump in page order the threads of the dump's document", async () => {
    const laid = layOutDump(await readFile(NYT, 'utf8'));
    if (!laid.ok) throw new Error(laid.error.message);
    const unlinked = unlinkedDoc(laid.value);
    const { doc } = linkStructure(laid.value);
    const wire = linksOfDump(dumpOf(doc));
    expect(wire.warnings).toEqual(doc.warnings);
    const links = { ...wire, replies: decodeReplies(wire.replies) };
    const page = treeWithReplies(treeFromShape(unlinked, treeShapeOf(unlinked)), links);
    expect(page).toEqual(treeFromShape(doc, treeShapeOf(doc)));
    expect(page.doc.comments.some((c) => c.reply !== null)).toBe(true);
  });
});
