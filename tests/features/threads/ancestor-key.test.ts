import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/core/view/view-types.ts';
import { ancestorKey } from '../../../src/features/threads/ancestor-key.ts';
import { chain } from '../../core/support/thread-fixture.ts';

const article = chain('talks', 4);
const articles = new Map([['talks', article]]);
const row = (id: string, depth: number): Row => ({
  kind: 'comment',
  key: `talks/${id}`,
  depth,
  slug: 'talks',
  id,
  replyCount: 0,
  collapsed: false,
  hiddenCount: 0,
  dimmed: false,
});

describe('ancestorKey', () => {
  it('should name the ancestor a wrapper stands for, so React keeps its state while scrolling', () => {
    expect(ancestorKey(articles, row('c3', 3), 1)).toBe('talks/c1');
    expect(ancestorKey(articles, row('c3', 3), 3)).toBe('talks/c3');
  });

  it('should fall back to a wrapper key when the article or the ancestor is unknown', () => {
    expect(ancestorKey(new Map(), row('c3', 3), 1)).toBe('talks/wrap-1');
    expect(ancestorKey(articles, row('c0', 5), 0)).toBe('talks/wrap-0');
  });
});
