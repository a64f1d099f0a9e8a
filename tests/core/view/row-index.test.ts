import { describe, expect, it } from 'vitest';
import { rowIndex } from '../../../src/core/view/row-index.ts';
import type { Row } from '../../../src/core/view/view-types.ts';

const comment = (key: string): Row => ({
  kind: 'comment',
  key,
  depth: 0,
  slug: 'a',
  id: key.slice(2),
  replyCount: 0,
  collapsed: false,
  hiddenCount: 0,
  dimmed: false,
});

describe('rowIndex', () => {
  it('should find each row by its key, and nothing for a key not shown', () => {
    const rows: Row[] = [
      { kind: 'article', key: 'article:a', depth: 0, slug: 'a', count: 2 },
      comment('a/x'),
      comment('a/y'),
    ];
    const indexOf = rowIndex(rows);
    expect(indexOf('a/y')).toBe(2);
    expect(indexOf('article:a')).toBe(0);
    expect(indexOf('a/z')).toBeUndefined();
  });
});
