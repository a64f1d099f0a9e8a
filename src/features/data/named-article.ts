import type { ArticleIndex, ArticleTree } from '../../core/article/article-index.ts';

// The same ArticleIndex object while a tree keeps its slug: the core caches per index (keys,
// parents) by identity, and would rebuild them at every render if each one got a fresh object.
const named = new WeakMap<ArticleTree, ArticleIndex>();

/**
 * The prototype of every named article: not Object.prototype, so TanStack's combine, which
 * compares plain objects deeply (replaceEqualDeep), takes a new index as it is. Compared, the index
 * of a 50,000-comment dump whose stances came in was walked comment by comment: 350 ms in one task.
 */
const INDEX = {};

/** The worker's tree with the slug the page gave its dump (the worker never knows slugs). */
export function namedArticle(tree: ArticleTree, slug: string): ArticleIndex {
  const known = named.get(tree);
  if (known?.slug === slug) return known;
  const index: ArticleIndex = Object.assign(Object.create(INDEX) as object, tree, { slug });
  named.set(tree, index);
  return index;
}
