import { withStances } from '../stance/with-stances.ts';
import type { Stance, ThreadComment } from '../types.ts';
import type { ArticleTree } from './article-index.ts';

/**
 * The tree once its stances are read: the same threads (the id-keyed lookups are kept as they are),
 * its comments replaced by ones carrying their stance, and no longer pending.
 */
export function treeWithStances(tree: ArticleTree, stances: readonly Stance[]): ArticleTree {
  const doc = withStances(tree.doc, stances);
  const byId = new Map<string, ThreadComment>();
  doc.comments.forEach((c, i) => {
    // A repeated id keeps the first comment with it, as the tree it replaces did.
    if (tree.byId.get(c.id) === tree.doc.comments[i]) byId.set(c.id, c);
  });
  return { doc, byId, children: tree.children, descendantCount: tree.descendantCount };
}
