import { describe, expect, it } from 'vitest';
import { nextTask, taskBreak } from '../../src/worker/next-task.ts';

describe('nextTask', () => {
  it('should run after the current task and its microtasks, not inside them', async () => {
    const order: string[] = [];
    const ran = new Promise<void>((resolve) =>
      nextTask(() => {
        order.push('task');
        resolve();
      }),
    );
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
    await ran;
    expect(order).toEqual(['sync', 'microtask', 'task']);
  });

  it('should resolve a taskBreak in a task of its own, after microtasks queued later', async () => {
    const order: string[] = [];
    const broken = taskBreak().then(() => order.push('after the break'));
    void Promise.resolve().then(() => order.push('microtask'));
    await broken;
    // Resolved as a microtask, it would have come first: it was asked for first.
    expect(order).toEqual(['microtask', 'after the break']);
  });
});
