import { useCallback, useState } from 'react';
import { ancestorsOf } from '../../core/article/tree-parents.ts';
import { commentKey, splitCommentKey } from '../../core/article/comment-key.ts';
import type { Row } from '../../core/view/view-types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';

const NONE: ReadonlySet<CommentKey> = new Set();

/**
 * Which comments have their replies folded (page state, not part of a link). A link or a hit opens
 * the folds above its comment once (`reveal`); after that the reader's own folding wins.
 */
export function useCollapsed() {
  const [collapsed, setCollapsed] = useState<ReadonlySet<CommentKey>>(NONE);

  const toggle = useCallback((key: CommentKey) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const collapse = useCallback((key: CommentKey) => {
    setCollapsed((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
  }, []);

  const collapseAll = useCallback((rows: readonly Row[]) => {
    setCollapsed((prev) => {
      const keys = new Set(prev);
      for (const r of rows) if (r.kind === 'comment' && r.replyCount > 0) keys.add(r.key);
      return keys;
    });
  }, []);

  const expandAll = useCallback(() => setCollapsed(NONE), []);

  /** Opens every fold above `key` so the comment shows; a no-op (same set) when none is closed. */
  const reveal = useCallback((articles: ReadonlyMap<string, ArticleIndex>, key: CommentKey) => {
    const parts = splitCommentKey(key);
    const article = parts === null ? undefined : articles.get(parts.slug);
    if (parts === null || article === undefined) return;
    const above = ancestorsOf(article, parts.id).map((id) => commentKey(parts.slug, id));
    setCollapsed((prev) => {
      if (!above.some((k) => prev.has(k))) return prev;
      const next = new Set(prev);
      for (const k of above) next.delete(k);
      return next;
    });
  }, []);

  return { collapsed, toggle, collapse, collapseAll, expandAll, reveal };
}
