import { commentKey, splitCommentKey } from './comment-key.ts';
import { treeParents } from './tree-parents.ts';
import type { ArticleIndex } from './article-index.ts';
import type { CommentKey } from './comment-key.ts';

/** The key of the comment `key` replies to, as the shown tree has it; null for a top-level one. */
export function parentKey(
  articles: ReadonlyMap<string, ArticleIndex>,
  key: CommentKey,
): CommentKey | null {
  const parts = splitCommentKey(key);
  const article = parts === null ? undefined : articles.get(parts.slug);
  if (parts === null || article === undefined) return null;
  const parent = treeParents(article).get(parts.id) ?? null;
  return parent === null ? null : commentKey(parts.slug, parent);
}
