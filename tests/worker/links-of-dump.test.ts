import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { treeShapeOf } from '../../src/core/article/tree-shape-of.ts';
import { parseStructure } from '../../src/core/parse-structure.ts';
import { linksOfDump } from '../../src/worker/links-of-dump.ts';
import type { WorkerDump } from '../../src/worker/dump-opener.ts';
import type { ThreadDocument } from '../../src/core/types.ts';
import { stanceRelevance } from '../../src/core/stance/stance-relevance.ts';

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
  it('should give every comment the position of the parent the parse found, and its reply', async () => {
    const parsed = parseStructure(await readFile(NYT, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { doc, parents } = parsed.value;
    const links = linksOfDump(dumpOf(doc));
    expect([...links.parents]).toEqual([...parents]);
    expect(links.parents.some((p) => p >= 0)).toBe(true);
    expect(JSON.parse(links.replies)).toEqual(doc.comments.map((c) => c.reply));
    expect(links.warnings).toEqual(doc.warnings);
    expect(links.shape).toEqual(treeShapeOf(doc));
  });

  it('should leave a comment whose parent is not in the dump at the top level', async () => {
    const parsed = parseStructure(await readFile(NYT, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { doc } = parsed.value;
    const reply = doc.comments.find((c) => c.parentId !== null);
    if (reply === undefined) throw new Error('the seed has no reply');
    const links = linksOfDump(dumpOf({ ...doc, comments: [reply] }));
    expect([...links.parents]).toEqual([-1]);
  });
});
