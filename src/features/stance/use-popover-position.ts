import { useLayoutEffect, useState, type RefObject } from 'react';

/** Space kept between the popover and the screen's edges. */
const EDGE = 8;
const GAP = 4;
/** The widest the popover gets; on a 360 px phone it is the screen less its edges. */
export const POPOVER_MAX_WIDTH = 320;

export interface PopoverPlace {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly maxHeight: number;
}

/**
 * Where a popover of this height goes for an anchor at `rect` in a `vw` × `vh` viewport: below the
 * anchor, else above it, else pinned to the top and scrolling; always inside the screen.
 */
export function placePopover(
  rect: { top: number; bottom: number; left: number },
  height: number,
  vw: number,
  vh: number,
): PopoverPlace {
  const width = Math.min(POPOVER_MAX_WIDTH, vw - 2 * EDGE);
  const left = Math.max(EDGE, Math.min(rect.left, vw - width - EDGE));
  const maxHeight = vh - 2 * EDGE;
  const below = rect.bottom + GAP;
  const above = rect.top - GAP - height;
  const top =
    below + height <= vh - EDGE
      ? below
      : above >= EDGE
        ? above
        : Math.max(EDGE, Math.min(below, vh - EDGE - Math.min(height, maxHeight)));
  return { top, left, width, maxHeight };
}

/**
 * Keeps a fixed-position popover next to its anchor and inside the viewport while the page
 * scrolls or resizes. It is rendered in a portal: the virtual list's rows sit in a transformed
 * box, and `position: fixed` inside a transform is not fixed to the screen.
 */
export function usePopoverPosition(
  anchor: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
  open: boolean,
): PopoverPlace | null {
  const [place, setPlace] = useState<PopoverPlace | null>(null);
  useLayoutEffect(() => {
    if (!open) return;
    const update = () => {
      const a = anchor.current;
      const p = popover.current;
      if (a === null || p === null) return;
      const next = placePopover(
        a.getBoundingClientRect(),
        p.scrollHeight,
        document.documentElement.clientWidth || window.innerWidth,
        window.innerHeight,
      );
      setPlace((prev) =>
        prev !== null &&
        prev.top === next.top &&
        prev.left === next.left &&
        prev.width === next.width &&
        prev.maxHeight === next.maxHeight
          ? prev
          : next,
      );
    };
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [anchor, popover, open]);
  return open ? place : null;
}
