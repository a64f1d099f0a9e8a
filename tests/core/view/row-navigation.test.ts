import { describe, expect, it } from 'vitest';
import { projectRows } from '../../../src/core/view/project-rows.ts';
import {
  nextRow,
  nextSiblingThread,
  parentRow,
  prevRow,
  prevSiblingThread,
} from '../../../src/core/view/row-navigation.ts';
import { makeArticle } from '../support/thread-fixture.ts';

// rows: 0 #a, 1 r1, 2 x, 3 y, 4 z, 5 r2, 6 #b, 7 q
const rows = projectRows({
  articles: [
    makeArticle('a', [
      { id: 'r1' },
      { id: 'x', parent: 'r1' },
      { id: 'y', parent: 'x' },
      { id: 'z', parent: 'r1' },
      { id: 'r2' },
    ]),
    makeArticle('b', [{ id: 'q' }]),
  ],
  matches: null,
  collapsed: new Set(),
  sort: 'page',
  threadRoot: null,
});

describe('row navigation', () => {
  it('should move to the next and previous comment, skipping article headers', () => {
    expect(rows.map((r) => (r.kind === 'comment' ? r.id : '#'))).toEqual([
      '#',
      'r1',
      'x',
      'y',
      'z',
      'r2',
      '#',
      'q',
    ]);
    expect(nextRow(rows, -1)).toBe(1);
    expect(nextRow(rows, 5)).toBe(7);
    expect(nextRow(rows, 7)).toBeNull();
    expect(prevRow(rows, 7)).toBe(5);
    expect(prevRow(rows, 1)).toBeNull();
  });

  it('should go to the parent row, or nowhere from a top-level comment', () => {
    expect(parentRow(rows, 3)).toBe(2);
    expect(parentRow(rows, 4)).toBe(1);
    expect(parentRow(rows, 1)).toBeNull();
  });

  it('should skip a whole subtree to the next sibling thread', () => {
    expect(nextSiblingThread(rows, 1)).toBe(5);
    expect(nextSiblingThread(rows, 2)).toBe(4);
    expect(nextSiblingThread(rows, 5)).toBe(7);
    expect(nextSiblingThread(rows, 7)).toBeNull();
  });

  it('should go back to the previous sibling, or the parent when it is the first', () => {
    expect(prevSiblingThread(rows, 5)).toBe(1);
    expect(prevSiblingThread(rows, 4)).toBe(2);
    expect(prevSiblingThread(rows, 2)).toBe(1);
    expect(prevSiblingThread(rows, 1)).toBeNull();
  });
});
