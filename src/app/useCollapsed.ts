import { useCallback, useState, type RefObject } from 'react';
import type { CommentKey, Row } from '../core/view/view-types.ts';
import type { ThreadListHandle } from '../features/threads/ThreadList.tsx';

const NONE: ReadonlySet<CommentKey> = new Set();

/** Which comments have their replies folded (page state, not part of a link). */
export function useCollapsed(listRef: RefObject<ThreadListHandle | null>) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<CommentKey>>(NONE);

  const toggle = useCallback((key: CommentKey) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const collapseAncestor = useCallback(
    (key: CommentKey) => {
      setCollapsed((prev) => new Set(prev).add(key));
      // The ancestor may be above the screen: bring it back so the reader sees what closed.
      requestAnimationFrame(() => {
        const el = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
        if (el === null || el.getBoundingClientRect().top < 0) {
          listRef.current?.scrollToKey(key, { align: 'auto', focus: true });
        }
      });
    },
    [listRef],
  );

  const collapseAll = useCallback((rows: readonly Row[]) => {
    setCollapsed((prev) => {
      const keys = new Set(prev);
      for (const r of rows) if (r.kind === 'comment' && r.replyCount > 0) keys.add(r.key);
      return keys;
    });
  }, []);

  const expandAll = useCallback(() => setCollapsed(NONE), []);

  return { collapsed, toggle, collapseAncestor, collapseAll, expandAll };
}
