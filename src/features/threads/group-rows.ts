import type { Row } from '../../core/view/view-types.ts';

/**
 * A comment in the rendered window with the replies that follow it. `index` is null for a wrapper
 * that stands for an ancestor scrolled out of the window, so that the first visible reply still sits
 * at its real list depth and screen readers announce the nesting faithfully.
 */
export interface RowNode {
  /** The row's key, or for a wrapper the key of the ancestor it stands for (keeps React state stable). */
  readonly key: string;
  readonly index: number | null;
  readonly children: RowNode[];
}

/** One article's part of the window: its header row (when visible) and its top-level list. */
export interface RowSection {
  readonly slug: string;
  readonly header: number | null;
  readonly items: RowNode[];
}

/**
 * Groups a contiguous slice of rows (the virtual window) into nested lists by depth, so React renders
 * `<ul>/<li>` nesting without walking the tree. Iterative: a 50k-deep chain must not blow the stack.
 * `maxDepth` caps the nesting (deeper replies join the deepest list) to keep the DOM shallow.
 */
export function groupRows(
  rows: readonly Row[],
  indexes: readonly number[],
  maxDepth = Number.POSITIVE_INFINITY,
  wrapperKey: (row: Row, depth: number) => string = (row, depth) => `${row.slug}/wrap-${depth}`,
): RowSection[] {
  const sections: RowSection[] = [];
  let section: RowSection | null = null;
  // stack[d] is the node whose children receive comments at depth d + 1.
  let stack: RowNode[] = [];
  for (const index of indexes) {
    const row = rows[index];
    if (row === undefined) continue;
    if (row.kind === 'article') {
      section = { slug: row.slug, header: index, items: [] };
      sections.push(section);
      stack = [];
      continue;
    }
    if (section === null) {
      section = { slug: row.slug, header: null, items: [] };
      sections.push(section);
    }
    const depth = Math.max(0, Math.min(row.depth, maxDepth));
    if (stack.length > depth) stack.length = depth;
    while (stack.length < depth) {
      const wrapper: RowNode = { key: wrapperKey(row, stack.length), index: null, children: [] };
      const parent = stack[stack.length - 1];
      (parent === undefined ? section.items : parent.children).push(wrapper);
      stack.push(wrapper);
    }
    const node: RowNode = { key: row.key, index, children: [] };
    const parent = stack[stack.length - 1];
    (parent === undefined ? section.items : parent.children).push(node);
    stack.push(node);
  }
  return sections;
}
