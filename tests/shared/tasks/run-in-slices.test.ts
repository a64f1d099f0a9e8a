import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runInSlices } from '../../../src/shared/tasks/run-in-slices.ts';

describe('runInSlices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should run one slice per task, from the next task on, then say it is done', () => {
    const steps: Array<[number, number]> = [];
    const done = vi.fn();
    runInSlices(25, 10, (from, to) => steps.push([from, to]), done);
    // Nothing in the caller's own task: what it drew is painted first.
    expect(steps).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(steps).toEqual([[0, 10]]);
    vi.runAllTimers();
    expect(steps).toEqual([
      [0, 10],
      [10, 20],
      [20, 25],
    ]);
    expect(done).toHaveBeenCalledOnce();
  });

  it('should stop where it is when cancelled, and never say it is done', () => {
    const steps: number[] = [];
    const done = vi.fn();
    const stop = runInSlices(30, 10, (from) => steps.push(from), done);
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    expect(steps).toEqual([0]);
    expect(done).not.toHaveBeenCalled();
  });

  it('should be done in the next task when there is nothing to run', () => {
    const step = vi.fn();
    const done = vi.fn();
    runInSlices(0, 10, step, done);
    expect(done).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(step).not.toHaveBeenCalled();
    expect(done).toHaveBeenCalledOnce();
  });
});
