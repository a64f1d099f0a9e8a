import { windowScroll, type VirtualizerOptions } from '@tanstack/react-virtual';

type ScrollToFn = VirtualizerOptions<Window, Element>['scrollToFn'];

/**
 * The window virtualizer's scroll, minus its first write: as it mounts, the virtualizer writes
 * back the window offset it read as it was built, a scroll to where the window already is that
 * forced a layout of the whole first view inside React's commit. Every later write is a real
 * scroll (a jump, or keeping a row in place as heights are measured). One per virtualizer.
 */
export function skipMountScroll(scroll: ScrollToFn = windowScroll): ScrollToFn {
  let wrote = false;
  return (offset, options, instance) => {
    if (wrote || options.adjustments !== undefined || options.behavior !== undefined) {
      scroll(offset, options, instance);
    }
    wrote = true;
  };
}
