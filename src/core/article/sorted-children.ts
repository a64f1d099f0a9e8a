import type { SortOrder } from '../view/view-types.ts';
import type { ArticleTree } from './article-index.ts';

type Tree = Pick<ArticleTree, 'byId' | 'children' | 'descendantCount'>;

// Keyed by the child map, which the worker's tree and every index named from it share.
const cache = new WeakMap<
  ArticleTree['children'],
  Map<SortOrder, ReadonlyMap<string | null, readonly string[]>>
>();

/**
 * Sibling lists in `sort` order, built once per index and order (a collapse re-projects rows on
 * every click; re-sorting 50k comments each time would cost more than the projection itself).
 * Ties keep page order: Array.prototype.sort is stable.
 */
export function sortedChildren(
  index: Tree,
  sort: SortOrder,
): ReadonlyMap<string | null, readonly string[]> {
  if (sort === 'page') return index.children;
  let bySort = cache.get(index.children);
  if (bySort === undefined) {
    bySort = new Map();
    cache.set(index.children, bySort);
  }
  const known = bySort.get(sort);
  if (known !== undefined) return known;
  const weight = weigher(index, sort);
  const sorted = new Map<string | null, readonly string[]>();
  for (const [parent, kids] of index.children) {
    sorted.set(parent, kids.length < 2 ? kids : [...kids].sort((a, b) => weight(b) - weight(a)));
  }
  bySort.set(sort, sorted);
  return sorted;
}

function weigher(index: Tree, sort: Exclude<SortOrder, 'page'>): (id: string) => number {
  switch (sort) {
    case 'replies':
      return (id) => index.descendantCount.get(id) ?? 0;
    case 'longest':
      return (id) => index.byId.get(id)?.body.length ?? 0;
    default:
      return sort satisfies never;
  }
}
