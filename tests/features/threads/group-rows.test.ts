import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/core/view/view-types.ts';
import { groupRows, type RowNode } from '../../../src/features/threads/group-rows.ts';

const article = (slug: string): Row => ({
  kind: 'article',
  key: `article:${slug}`,
  depth: 0,
  slug,
  count: 0,
});
const comment = (slug: string, id: string, depth: number): Row => ({
  kind: 'comment',
  key: `${slug}/${id}`,
  depth,
  slug,
  id,
  replyCount: 0,
  collapsed: false,
  hiddenCount: 0,
  dimmed: false,
});

/** `a(b c(d))` notation of the nesting, wrappers as `_`. */
function show(rows: readonly Row[], nodes: readonly RowNode[]): string {
  return nodes
    .map((n) => {
      const row = n.index === null ? undefined : rows[n.index];
      const name = row?.kind === 'comment' ? row.id : '_';
      return n.children.length === 0 ? name : `${name}(${show(rows, n.children)})`;
    })
    .join(' ');
}

describe('groupRows', () => {
  it('should nest replies under their parent by depth', () => {
    const rows = [
      article('x'),
      comment('x', 'a', 0),
      comment('x', 'b', 1),
      comment('x', 'c', 2),
      comment('x', 'd', 1),
      comment('x', 'e', 0),
    ];
    const [section] = groupRows(rows, [0, 1, 2, 3, 4, 5]);
    expect(section?.header).toBe(0);
    expect(show(rows, section?.items ?? [])).toBe('a(b(c) d) e');
  });

  it('should wrap a window that starts deep in a thread so depth stays faithful', () => {
    const rows = [
      article('x'),
      comment('x', 'a', 0),
      comment('x', 'b', 1),
      comment('x', 'c', 2),
      comment('x', 'e', 0),
    ];
    const sections = groupRows(rows, [3, 4], Infinity, (row, depth) => `${row.key}@${depth}`);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.header).toBeNull();
    expect(show(rows, sections[0]?.items ?? [])).toBe('_(_(c)) e');
    expect(sections[0]?.items[0]?.key).toBe('x/c@0');
  });

  it('should start a new section at each article header', () => {
    const rows = [
      article('x'),
      comment('x', 'a', 0),
      article('y'),
      comment('y', 'b', 0),
      comment('y', 'c', 1),
    ];
    const sections = groupRows(rows, [1, 2, 3, 4]);
    expect(sections.map((s) => s.slug)).toEqual(['x', 'y']);
    expect(show(rows, sections[1]?.items ?? [])).toBe('b(c)');
  });

  it('should cap the nesting at maxDepth', () => {
    const rows = Array.from({ length: 6 }, (_, d) => comment('x', `n${d}`, d));
    const [section] = groupRows(rows, [0, 1, 2, 3, 4, 5], 2);
    expect(show(rows, section?.items ?? [])).toBe('n0(n1(n2 n3 n4 n5))');
  });

  it('should handle a 50,000-deep chain without overflowing the stack', () => {
    const rows = Array.from({ length: 50_000 }, (_, d) => comment('x', `n${d}`, d));
    const indexes = rows.map((_, i) => i);
    expect(() => groupRows(rows, indexes)).not.toThrow();
  });
});
