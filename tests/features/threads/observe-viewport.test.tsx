import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeViewport } from '../../../src/features/threads/observe-viewport.ts';

const size = { width: 412, height: 823, reads: 0 };

// Getters, as the window's are: a read is what the observer must not do as the list mounts.
Object.defineProperty(window, 'innerWidth', {
  configurable: true,
  get: () => {
    size.reads += 1;
    return size.width;
  },
});
Object.defineProperty(window, 'innerHeight', { configurable: true, get: () => size.height });

afterEach(() => {
  size.reads = 0;
  size.width = 412;
});

describe('observeViewport', () => {
  it('should not read the viewport as the list mounts', () => {
    const cb = vi.fn();
    const stop = observeViewport(null, cb);
    expect(size.reads).toBe(0);
    expect(cb).not.toHaveBeenCalled();
    stop();
  });

  it('should report the new viewport on resize, and stop once unsubscribed', () => {
    const cb = vi.fn();
    const stop = observeViewport(null, cb);
    size.width = 1280;
    window.dispatchEvent(new Event('resize'));
    expect(cb).toHaveBeenLastCalledWith({ width: 1280, height: 823 });
    stop();
    window.dispatchEvent(new Event('resize'));
    expect(cb).toHaveBeenCalledTimes(1);
  });
});
