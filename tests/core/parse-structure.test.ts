import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layOutDump } from '../../src/core/lay-out-dump.ts';
import { linkStructure, parseStructure, UNREAD_STANCE } from '../../src/core/parse-structure.ts';
import { inferReplies } from '../../src/core/replies/infer-replies.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import { NO_PARENT } from '../../src/core/no-parent.ts';

const NYT = readFileSync('seeds/000_ee58b0036ea7db85.txt', 'utf8');
const INDENTED = readFileSync('seeds/002_2cf2c4a3a6e85ec2.txt', 'utf8');

describe('parseStructure', () => {
  it('should read every comment, parent, depth and place a whole parse reads, but no stance', () => {
    for (const text of [NYT, INDENTED]) {
      const structure = parseStructure(text);
      const whole = parseThread(text);
      if (!structure.ok || !whole.ok) throw new Error('parse failed');
      const { doc } = structure.value;
      expect(doc.comments.every((c) => c.stance === UNREAD_STANCE)).toBe(true);
      const unstanced = whole.value.comments.map((c) => ({ ...c, stance: UNREAD_STANCE }));
      expect({ ...doc, comments: doc.comments }).toEqual({ ...whole.value, comments: unstanced });
    }
  });

  it("should give each comment its parent's position, or NO_PARENT at the top level", () => {
    const structure = parseStructure(INDENTED);
    if (!structure.ok) throw new Error(structure.error.message);
    const { doc, parents } = structure.value;
    doc.comments.forEach((c, i) => {
      const p = parents[i] ?? NO_PARENT;
      expect(p === NO_PARENT ? null : doc.comments[p]?.id).toBe(c.parentId);
      expect(p).toBeLessThan(i);
    });
  });

  it('should hear the guessing of a flat dump, and return a typed error for an empty one', () => {
    const heard: number[] = [];
    parseStructure(NYT, (done, total) => {
      expect(total).toBe(135);
      heard.push(done);
    });
    expect(heard[0]).toBe(0);
    expect(parseStructure('')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('should link a laid-out dump as parseStructure does, from guesses made beforehand too', () => {
    const laid = layOutDump(NYT);
    const whole = parseStructure(NYT);
    if (!laid.ok || !whole.ok) throw new Error('parse failed');
    expect(linkStructure(laid.value)).toEqual(whole.value);
    const { comments, article } = laid.value.dump;
    const given = linkStructure(laid.value, undefined, inferReplies(comments, article));
    expect(given).toEqual(whole.value);
  });
});
