import type { Anchor } from '../../shared/scroll-anchor.ts';

/** How a row should sit on screen after a jump. */
export interface Placement {
  /** 'start': its top just under the sticky header (or at `offset`); 'auto': moved only if off screen. */
  readonly align: 'start' | 'auto';
  /** For 'start': the row's top in px from the top of the window (a saved place). */
  readonly offset?: number;
}

/** The height the sticky header covers at the top of the window. */
export function headerHeight(): number {
  const value = getComputedStyle(document.documentElement).getPropertyValue('--header-h');
  const px = Number.parseFloat(value);
  return Number.isFinite(px) ? px : 0;
}

// A row's author line sits a little below the header, not flush under it.
const GAP = 8;

/** How far the window must scroll for `rect` to sit as `place` asks (0 when it already does). */
export function scrollDelta(rect: DOMRect, place: Placement): number {
  const top = headerHeight() + GAP;
  if (place.align === 'start') return Math.round(rect.top - (place.offset ?? top));
  if (rect.top < top) return Math.round(rect.top - top);
  // Off the bottom: bring it up, but never push its author line under the header.
  if (rect.bottom > window.innerHeight) {
    return Math.round(Math.min(rect.bottom - window.innerHeight + GAP, rect.top - top));
  }
  return 0;
}

/** The first row of `list` whose bottom shows below the sticky header, and where its top is. */
export function firstRowOnScreen(list: HTMLElement | null): Anchor | null {
  const top = headerHeight();
  for (const el of list?.querySelectorAll<HTMLElement>('[data-key]') ?? []) {
    const rect = el.getBoundingClientRect();
    if (rect.bottom > top + 1 && rect.height > 0) {
      return { key: el.dataset.key ?? '', offset: Math.round(rect.top) };
    }
  }
  return null;
}
