import type { ArticleIndex, ArticleTree } from './article-index.ts';

// Keyed by the child map, which the worker's tree and every index named from it share: the parents
// can be worked out before the page has given the article its slug.
const cache = new WeakMap<ArticleTree['children'], ReadonlyMap<string, string | null>>();

/** Whether `treeParents` has been worked out for this tree already. */
export const parentsBuilt = (tree: Pick<ArticleTree, 'children'>): boolean =>
  cache.has(tree.children);

/**
 * Each comment's parent as the tree in `index.children` has it (which may differ from
 * `comment.parentId` where buildArticleIndex re-rooted an orphan or cut a cycle). Built once per index.
 */
export function treeParents(
  index: Pick<ArticleTree, 'children'>,
): ReadonlyMap<string, string | null> {
  const known = cache.get(index.children);
  if (known !== undefined) return known;
  const parents = new Map<string, string | null>();
  for (const [parent, kids] of index.children) for (const kid of kids) parents.set(kid, parent);
  cache.set(index.children, parents);
  return parents;
}

/** The top-level comment whose thread contains `id`, or null when `id` is not in the article. */
export function threadRootOf(index: ArticleIndex, id: string): string | null {
  const parents = treeParents(index);
  if (!parents.has(id)) return null;
  let current = id;
  for (let p = parents.get(current) ?? null; p !== null; p = parents.get(current) ?? null) {
    current = p;
  }
  return current;
}

/** The ids above `id`, nearest first (empty for a top-level or unknown comment). */
export function ancestorsOf(index: ArticleIndex, id: string): string[] {
  const parents = treeParents(index);
  const out: string[] = [];
  const seen = new Set<string>();
  for (let p = parents.get(id) ?? null; p !== null && !seen.has(p); p = parents.get(p) ?? null) {
    seen.add(p);
    out.push(p);
  }
  return out;
}
