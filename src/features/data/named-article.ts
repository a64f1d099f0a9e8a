import type { ArticleIndex, ArticleTree } from '../../core/view/view-types.ts';

// One ArticleIndex object per (tree, slug): the core caches per index (keys, parents) by identity,
// and would rebuild them at every render if each one got a fresh object.
const named = new WeakMap<ArticleTree, Map<string, ArticleIndex>>();

/** The worker's tree with the slug the page gave its dump (the worker never knows slugs). */
export function namedArticle(tree: ArticleTree, slug: string): ArticleIndex {
  let bySlug = named.get(tree);
  if (bySlug === undefined) {
    bySlug = new Map();
    named.set(tree, bySlug);
  }
  let index = bySlug.get(slug);
  if (index === undefined) {
    index = { ...tree, slug };
    bySlug.set(slug, index);
  }
  return index;
}
