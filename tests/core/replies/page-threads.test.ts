import { describe, expect, it } from 'vitest';
import { LOOKBACK, PageThreads } from '../../../src/core/replies/page-threads.ts';

describe('PageThreads', () => {
  it('should show the thread a comment starts, and keep its replies as the next candidates', () => {
    const t = new PageThreads();
    t.startAt(0);
    t.answer(1, 0, []);
    t.answer(2, 1, []);
    expect(t.root).toBe(0);
    expect(t.members).toEqual([0, 1, 2]);
    t.startAt(3);
    expect([t.root, t.members]).toEqual([3, [3]]);
  });

  it('should reopen a thread the page was just showing when a reply answers into it', () => {
    const t = new PageThreads();
    t.startAt(0);
    t.answer(1, 0, []);
    t.startAt(2);
    t.answer(3, 1, []);
    expect(t.root).toBe(0);
    expect(t.members).toEqual([0, 1, 2, 3]);
  });

  it('should leave the threads between as they are when a reply reaches far back out of place', () => {
    const t = new PageThreads();
    t.startAt(0);
    for (let i = 1; i <= LOOKBACK + 2; i++) t.startAt(i);
    const i = LOOKBACK + 3;
    t.answer(i, 0, []);
    expect(t.root).toBe(LOOKBACK + 2);
    expect(t.members).toEqual([LOOKBACK + 2, i]);
  });

  it('should not reopen the thread of a comment reached only as an answer back', () => {
    const t = new PageThreads();
    t.startAt(0);
    t.startAt(1);
    t.answer(2, 0, [0]);
    expect(t.root).toBe(1);
    expect(t.members).toEqual([1, 2]);
  });

  it('should keep a long thread’s candidates to its latest comments', () => {
    const t = new PageThreads();
    t.startAt(0);
    for (let i = 1; i <= 40; i++) t.answer(i, i - 1, []);
    expect(t.members.length).toBeLessThanOrEqual(30);
    expect(t.members.at(-1)).toBe(40);
  });
});
