import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * A row's height for the virtualizer, from its ResizeObserver entry only. The default reads
 * `offsetHeight` as each row mounts, which forces a layout in the middle of React's commit: the
 * first view's longest task. Until the observer reports (after the browser's own layout, before
 * paint), a row keeps its last known height or the estimate; rows sit in normal flow, so nothing
 * on screen depends on it.
 */
export function measureRow(
  el: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<Window, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box !== undefined) return Math.round(box.blockSize);
  const index = instance.indexFromElement(el);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}
