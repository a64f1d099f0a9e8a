import { useSyncExternalStore } from 'react';
import type { Progress } from '../../worker/protocol.ts';

// Progress of the sources being opened, keyed by source key; a finished source is removed.
const running = new Map<string, Progress>();
const listeners = new Set<() => void>();
let snapshot: LoadProgress | null = null;

export interface LoadProgress {
  readonly done: number;
  readonly total: number;
  /**
   * Every source still running is shown already, and only having its parents guessed (`replies`,
   * some of them) or its stances read (`stance`, all of them); null while one is still opening.
   */
  readonly after: 'replies' | 'stance' | null;
}

function publish(): void {
  let done = 0;
  let total = 0;
  let after: LoadProgress['after'] = 'stance';
  for (const { stage, ...p } of running.values()) {
    done += p.done;
    total += p.total;
    // Any source still opening makes it null; else any guessing parents makes it `replies`.
    if (stage !== 'stance') after = stage === 'replies' && after !== null ? stage : null;
  }
  snapshot = running.size === 0 ? null : { done, total, after };
  for (const fn of listeners) fn();
}

export function setLoadProgress(key: string, progress: Progress | null): void {
  if (progress === null) running.delete(key);
  else running.set(key, progress);
  publish();
}

/** Summed steps of every source still opening, or null when none is. */
export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => snapshot,
  );
}
