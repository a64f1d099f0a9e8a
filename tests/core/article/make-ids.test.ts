import { describe, expect, it } from 'vitest';
import { makeIds } from '../../../src/core/article/make-ids.ts';

const thread = [
  { author: 'Mary', body: 'When will the US understand?' },
  { author: 'AACNY', body: 'If The Times is going to include quotes...' },
  { author: null, body: 'Anonymous words.' },
  { author: 'Vincent', body: 'How simple.' },
];

describe('makeIds', () => {
  it('should give short URL-safe ids, the same for the same thread', () => {
    const ids = makeIds(thread);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{8}$/);
    expect(makeIds(thread)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should not change the other ids when one comment is edited', () => {
    const before = makeIds(thread);
    const edited = thread.map((c, i) => (i === 1 ? { ...c, body: `${c.body} (edited)` } : c));
    const after = makeIds(edited);
    expect(after[1]).not.toBe(before[1]);
    expect([after[0], after[2], after[3]]).toEqual([before[0], before[2], before[3]]);
  });

  it('should not shift ids when a comment is inserted', () => {
    const before = makeIds(thread);
    const after = makeIds([thread[0]!, { author: 'New', body: 'Inserted.' }, ...thread.slice(1)]);
    expect([after[0], ...after.slice(2)]).toEqual(before);
  });

  it('should give identical comments distinct ids, deterministically', () => {
    const twice = [...thread, thread[3]!];
    const ids = makeIds(twice);
    expect(ids[4]).not.toBe(ids[3]);
    expect(makeIds(twice)).toEqual(ids);
  });

  it('should tell apart author and body boundaries', () => {
    const [a, b] = makeIds([
      { author: 'ab', body: 'c' },
      { author: 'a', body: 'bc' },
    ]);
    expect(a).not.toBe(b);
  });

  it('should stay unique over many generated comments', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      author: `u${i % 97}`,
      body: `comment ${i}`,
    }));
    expect(new Set(makeIds(many)).size).toBe(many.length);
  });
});
