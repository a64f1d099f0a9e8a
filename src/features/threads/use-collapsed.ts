import { useCallback, useState } from 'react';
import { ancestorsOf } from '../../core/article/tree-parents.ts';
import { commentKey, splitCommentKey } from '../../core/article/comment-key.ts';
import type { Row } from '../../core/view/view-types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';

const NONE: ReadonlySet<CommentKey> = new Set();

/**
 * Which comments are folded to one line, each with its replies (page state, not part of a link). A
 * link or a hit opens its comment and the folds above it once (`reveal`); after that the reader's
 * own folding wins.
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

  // Every thread to one line: an index of the discussion. Opening a thread shows it whole, so only
  // the top-level comments are folded, not the replies inside.
  const collapseAll = useCallback((rows: readonly Row[]) => {
    setCollapsed((prev) => {
      const keys = new Set(prev);
      for (const r of rows) if (r.kind === 'comment' && r.depth === 0) keys.add(r.key);
      return keys;
    });
  }, []);

  const expandAll = useCallback(() => setCollapsed(NONE), []);

  /** Opens `key` and every fold above it so the comment shows; a no-op (same set) when none is closed. */
  const reveal = useCallback((articles: ReadonlyMap<string, ArticleIndex>, key: CommentKey) => {
    const parts = splitCommentKey(key);
    const article = parts === null ? undefined : articles.get(parts.slug);
    if (parts === null || article === undefined) return;
    const above = [key, ...ancestorsOf(article, parts.id).map((id) => commentKey(parts.slug, id))];
    setCollapsed((prev) => {
      if (!above.some((k) => prev.has(k))) return prev;
      const next = new Set(prev);
      for (const k of above) next.delete(k);
      return next;
    });
  }, []);

  return { collapsed, toggle, collapse, collapseAll, expandAll, reveal };
}
