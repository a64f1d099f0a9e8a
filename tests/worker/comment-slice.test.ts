import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layOutDump } from '../../src/core/lay-out-dump.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import { unlinkedDoc } from '../../src/core/unlinked-doc.ts';
import type { ThreadComment } from '../../src/core/types.ts';
import { decodeCommentSlice, encodeCommentSlice } from '../../src/worker/comment-slice.ts';

const seed = (name: string) => readFileSync(`seeds/${name}`, 'utf8');
const NYT = seed('000_ee58b0036ea7db85.txt');
const INDENTED = seed('002_2cf2c4a3a6e85ec2.txt');

function whole(text: string): readonly ThreadComment[] {
  const parsed = parseThread(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.comments;
}

describe('encodeCommentSlice / decodeCommentSlice', () => {
  it('should give back every comment of both seeds exactly, stances, replies and places included', () => {
    for (const comments of [whole(NYT), whole(INDENTED)]) {
      const back = decodeCommentSlice(encodeCommentSlice(comments));
      expect(back).toEqual(comments);
      // The same JSON as before, key order included: exports write the page's comments.
      expect(JSON.stringify(back)).toBe(JSON.stringify(comments));
    }
  });

  it('should give back a dump shown in page order, whose comments share one unread stance', () => {
    const laid = layOutDump(NYT);
    if (!laid.ok) throw new Error(laid.error.message);
    const { comments } = unlinkedDoc(laid.value);
    const slice = encodeCommentSlice(comments);
    expect(decodeCommentSlice(slice)).toEqual(comments);
    // One stance and each place once, not an object per comment.
    const tables = JSON.parse(slice.rows) as { stances: unknown[]; places: unknown[] };
    expect(tables.stances).toHaveLength(1);
    const located = comments.filter((c) => c.location !== null);
    expect(tables.places).toHaveLength(new Set(located.map((c) => c.location)).size);
    expect(tables.places.length).toBeLessThan(located.length);
  });

  it('should keep bodies with any characters whole, however they are joined', () => {
    const [first] = whole(NYT);
    if (first === undefined) throw new Error('no comment');
    const bodies = [
      '',
      'a\u0000b',
      'emoji 👍🏽 and \u202Eright-to-left',
      'line\nbreak\r\n',
      '"quoted"',
    ];
    const comments = bodies.map((body, i) => ({ ...first, id: `c${i}`, body }));
    expect(decodeCommentSlice(encodeCommentSlice(comments)).map((c) => c.body)).toEqual(bodies);
  });

  it('should say so when a slice names a table entry it does not hold', () => {
    const slice = encodeCommentSlice(whole(NYT).slice(0, 2));
    const tables = JSON.parse(slice.rows) as { stances: unknown[] };
    const broken = { ...slice, rows: JSON.stringify({ ...tables, stances: [] }) };
    expect(() => decodeCommentSlice(broken)).toThrow(/reload the page/);
  });
});
