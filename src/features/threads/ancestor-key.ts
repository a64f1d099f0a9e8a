import type { ArticleIndex } from '../../core/article/article-index.ts';
import { commentKey } from '../../core/article/comment-key.ts';
import { treeParents } from '../../core/article/tree-parents.ts';
import type { Row } from '../../core/view/view-types.ts';

/** The key of the ancestor of `row` at `depth`, which a wrapper list item stands for. */
export function ancestorKey(
  articles: ReadonlyMap<string, ArticleIndex>,
  row: Row,
  depth: number,
): string {
  const article = articles.get(row.slug);
  if (row.kind !== 'comment' || article === undefined) return `${row.slug}/wrap-${depth}`;
  const parents = treeParents(article);
  let id: string | null = row.id;
  let at = row.depth;
  while (id !== null && at > depth) {
    id = parents.get(id) ?? null;
    at -= 1;
  }
  return id === null ? `${row.slug}/wrap-${depth}` : commentKey(row.slug, id);
}
