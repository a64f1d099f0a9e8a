import type { ArticleIndex, ArticleTree } from '../../core/article/article-index.ts';

// The same ArticleIndex object while a tree keeps its slug: the core caches per index (keys,
// parents) by identity, and would rebuild them at every render if each one got a fresh object.
const named = new WeakMap<ArticleTree, ArticleIndex>();

/** The worker's tree with the slug the page gave its dump (the worker never knows slugs). */
export function namedArticle(tree: ArticleTree, slug: string): ArticleIndex {
  const known = named.get(tree);
  if (known?.slug === slug) return known;
  const index = { ...tree, slug };
  named.set(tree, index);
  return index;
}
