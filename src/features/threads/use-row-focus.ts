import { useCallback, useState, type RefObject } from 'react';
import {
  nextRow,
  nextSiblingThread,
  parentRow,
  prevRow,
  prevSiblingThread,
} from '../../core/view/row-navigation.ts';
import type { Row } from '../../core/view/view-types.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { headerHeight } from './scroll-into-place.ts';
import type { ThreadListHandle } from './ThreadList.tsx';

function onScreen(key: CommentKey): boolean {
  const el = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (el === null) return false;
  const rect = el.getBoundingClientRect();
  return rect.bottom > headerHeight() && rect.top < window.innerHeight;
}

/**
 * The keyboard's row cursor (j/k/h, Shift+J/K). After the reader scrolls by other means the cursor
 * continues from the comment nearest the top of the screen, not from where it was left.
 */
export function useRowFocus(
  rows: readonly Row[],
  listRef: RefObject<ThreadListHandle | null>,
  jump: (key: CommentKey, place: { align: 'auto'; focus: true }) => void,
) {
  const [activeKey, setActiveKey] = useState<CommentKey | null>(null);

  /** The row the cursor is on, and whether it sits wholly below the header (so `j` may take it). */
  const from = useCallback((): { index: number; fresh: boolean } => {
    const at = activeKey === null ? -1 : rows.findIndex((r) => r.key === activeKey);
    if (at >= 0 && activeKey !== null && onScreen(activeKey)) return { index: at, fresh: false };
    const top = listRef.current?.topAnchor() ?? null;
    const index = top === null ? -1 : rows.findIndex((r) => r.key === top.key);
    if (index < 0) return { index: at, fresh: false };
    return { index, fresh: top !== null && top.offset >= headerHeight() };
  }, [activeKey, rows, listRef]);

  const moveTo = useCallback(
    (index: number | null) => {
      const key = index === null ? undefined : rows[index]?.key;
      if (key === undefined) return;
      setActiveKey(key);
      jump(key, { align: 'auto', focus: true });
    },
    [rows, jump],
  );

  const keys = {
    next: () => {
      const f = from();
      moveTo(f.fresh && rows[f.index]?.kind === 'comment' ? f.index : nextRow(rows, f.index));
    },
    prev: () => {
      const f = from();
      moveTo(f.index < 0 ? nextRow(rows, -1) : prevRow(rows, f.index));
    },
    parent: () => moveTo(parentRow(rows, from().index)),
    nextThread: () => moveTo(nextSiblingThread(rows, from().index)),
    prevThread: () => moveTo(prevSiblingThread(rows, from().index)),
  };
  const active = activeKey === null ? undefined : rows.find((r) => r.key === activeKey);
  return { activeKey, setActiveKey, active, keys };
}
