import { describe, expect, it } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { measureRow } from '../../../src/features/threads/measure-row.ts';

function fakeVirtualizer(known: ReadonlyMap<string, number>) {
  return {
    indexFromElement: (el: Element) => Number((el as HTMLElement).dataset.index),
    itemSizeCache: known,
    options: { getItemKey: (i: number) => `k${i}`, estimateSize: () => 150 },
  } as unknown as Virtualizer<Window, Element>;
}

function rowAt(index: number): Element {
  const el = document.createElement('div');
  el.dataset.index = String(index);
  // A read of the layout would be a forced layout: the measure must never ask.
  Object.defineProperty(el, 'offsetHeight', {
    get: () => {
      throw new Error('offsetHeight was read');
    },
  });
  return el;
}

describe('measureRow', () => {
  it('should take the height the ResizeObserver reports', () => {
    const entry = { borderBoxSize: [{ blockSize: 311.6, inlineSize: 400 }] };
    const size = measureRow(
      rowAt(0),
      entry as unknown as ResizeObserverEntry,
      fakeVirtualizer(new Map()),
    );
    expect(size).toBe(312);
  });

  it('should keep the last known height, or the estimate, while a row mounts', () => {
    const v = fakeVirtualizer(new Map([['k1', 240]]));
    expect(measureRow(rowAt(1), undefined, v)).toBe(240);
    expect(measureRow(rowAt(2), undefined, v)).toBe(150);
  });
});
