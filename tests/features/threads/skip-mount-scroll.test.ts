import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it, vi } from 'vitest';
import { skipMountScroll } from '../../../src/features/threads/skip-mount-scroll.ts';

const instance = {} as Virtualizer<Window, Element>;

describe('skipMountScroll', () => {
  it('should drop the plain write the virtualizer makes as it mounts', () => {
    const scroll = vi.fn();
    const scrollTo = skipMountScroll(scroll);
    scrollTo(0, {}, instance);
    expect(scroll).not.toHaveBeenCalled();
  });

  it('should pass on every later write, the same offset included', () => {
    const scroll = vi.fn();
    const scrollTo = skipMountScroll(scroll);
    scrollTo(0, {}, instance);
    scrollTo(0, {}, instance);
    scrollTo(840, { behavior: 'auto' }, instance);
    expect(scroll.mock.calls.map(([offset]) => offset)).toEqual([0, 840]);
  });

  it('should pass on a first write that carries an adjustment or a behaviour', () => {
    const scroll = vi.fn();
    skipMountScroll(scroll)(100, { adjustments: 24 }, instance);
    const smooth = vi.fn();
    skipMountScroll(smooth)(100, { behavior: 'smooth' }, instance);
    expect(scroll).toHaveBeenCalledWith(100, { adjustments: 24 }, instance);
    expect(smooth).toHaveBeenCalledTimes(1);
  });
});
