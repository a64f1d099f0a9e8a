import { useCallback, useMemo, useRef, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { rowIndex } from '../../core/view/row-index.ts';
import type { Row } from '../../core/view/view-types.ts';
import { scrollDelta, type Placement } from './scroll-into-place.ts';

// Frames to wait for a far-away row to be measured and settle in view after a jump.
const SETTLE_FRAMES = 40;

/**
 * ThreadList's jump to a row: scrolls the virtualizer there, then corrects frame by frame until the
 * row is rendered and in place; focuses it when asked. False when the key is not a row.
 */
export function useScrollToKey(
  rows: readonly Row[],
  virtualizer: Virtualizer<Window, Element>,
  listRef: RefObject<HTMLDivElement | null>,
) {
  // Built on the first jump, not per render: at 50k rows a keystroke should not pay for a map
  // that only a jump to a comment reads.
  const indexOfKey = useMemo(() => rowIndex(rows), [rows]);

  const settleRun = useRef(0);
  return useCallback(
    (key: CommentKey, opts: Partial<Placement> & { focus?: boolean } = {}): boolean => {
      const index = indexOfKey(key);
      if (index === undefined) return false;
      const place: Placement =
        opts.offset === undefined
          ? { align: opts.align ?? 'start' }
          : { align: 'start', offset: opts.offset };
      if (place.align === 'start') virtualizer.scrollToIndex(index, { align: 'start' });
      // Heights far away are estimates: keep correcting until the row is rendered and in place.
      const run = ++settleRun.current;
      let frames = 0;
      let steady = 0;
      const step = () => {
        if (run !== settleRun.current) return;
        const el = listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
        if (el) {
          const delta = scrollDelta(el.getBoundingClientRect(), place);
          const before = window.scrollY;
          if (Math.abs(delta) > 2) window.scrollBy(0, delta);
          // In place, or as near as the page allows (a row at the very end cannot reach the top).
          if (Math.abs(delta) <= 2 || window.scrollY === before) steady += 1;
          else steady = 0;
          if (steady >= 2 || frames >= SETTLE_FRAMES) {
            if (opts.focus === true) el.focus({ preventScroll: true });
            return;
          }
        } else if (frames % 4 === 3 || place.align === 'auto') {
          virtualizer.scrollToIndex(index, { align: place.align === 'auto' ? 'auto' : 'start' });
        }
        frames += 1;
        if (frames <= SETTLE_FRAMES) requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
      return true;
    },
    [indexOfKey, virtualizer, listRef],
  );
}
