import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layOutDump } from '../../src/core/lay-out-dump.ts';
import { parseStructure, UNREAD_STANCE } from '../../src/core/parse-structure.ts';
import { unlinkedDoc } from '../../src/core/unlinked-doc.ts';

const NYT = readFileSync('seeds/000_ee58b0036ea7db85.txt', 'utf8');

describe('unlinkedDoc', () => {
  it('should list every comment at the top level in page order, as the threads will hold it', () => {
    const laid = layOutDump(NYT);
    const structure = parseStructure(NYT);
    if (!laid.ok || !structure.ok) throw new Error('parse failed');
    const doc = unlinkedDoc(laid.value);
    const linked = structure.value.doc;
    // The seed's parse guesses parents for some comments: the flat list has none yet.
    expect(linked.comments.some((c) => c.parentId !== null)).toBe(true);
    expect(
      doc.comments.every((c) => c.parentId === null && c.depth === 0 && c.reply === null),
    ).toBe(true);
    expect(doc.comments.every((c) => c.stance === UNREAD_STANCE)).toBe(true);
    const unlinked = linked.comments.map((c) => ({ ...c, parentId: null, depth: 0, reply: null }));
    expect(doc).toEqual({ ...linked, comments: unlinked });
  });
});
