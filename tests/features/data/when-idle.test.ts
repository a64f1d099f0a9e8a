import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, whenIdle } from '../../../src/features/data/when-idle.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('should wait for an idle period, at most IDLE_TIMEOUT_MS, where the browser has them', () => {
    const idle: { run: () => void; timeout: number | undefined }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, opts?: { timeout?: number }) => {
      idle.push({ run, timeout: opts?.timeout });
      return idle.length;
    });
    const run = vi.fn();
    whenIdle(run);
    expect(run).not.toHaveBeenCalled();
    expect(idle.map((i) => i.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    idle[0]?.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('should run in the next task where there is no requestIdleCallback (Safari)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdle(run);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();
  });
});
