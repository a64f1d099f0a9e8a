import { useCallback, useState, type RefObject } from 'react';
import type { Row } from '../../core/view/view-types.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { headerHeight } from './scroll-into-place.ts';
import type { ThreadListHandle } from './ThreadList.tsx';

type Moves = typeof import('../../core/view/row-navigation.ts');
let moves: Moves | null = null;

/**
 * The row moves load with the first key that needs one (later keys find them loaded): they are not
 * part of the first view, which is held to a byte budget.
 */
function withMoves(run: (m: Moves) => void): void {
  if (moves !== null) run(moves);
  else void import('../../core/view/row-navigation.ts').then((m) => run((moves = m)));
}

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
    next: () =>
      withMoves((m) => {
        const f = from();
        moveTo(f.fresh && rows[f.index]?.kind === 'comment' ? f.index : m.nextRow(rows, f.index));
      }),
    prev: () =>
      withMoves((m) => {
        const f = from();
        moveTo(f.index < 0 ? m.nextRow(rows, -1) : m.prevRow(rows, f.index));
      }),
    parent: () => withMoves((m) => moveTo(m.parentRow(rows, from().index))),
    nextThread: () => withMoves((m) => moveTo(m.nextSiblingThread(rows, from().index))),
    prevThread: () => withMoves((m) => moveTo(m.prevSiblingThread(rows, from().index))),
  };
  const active = activeKey === null ? undefined : rows.find((r) => r.key === activeKey);
  return { activeKey, setActiveKey, active, keys };
}
