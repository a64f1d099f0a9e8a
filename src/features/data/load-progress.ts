import { useSyncExternalStore } from 'react';
import type { Progress } from '../../worker/protocol.ts';

// Progress of the sources being opened, keyed by source key; a finished source is removed.
const running = new Map<string, Progress>();
const listeners = new Set<() => void>();
let snapshot: { done: number; total: number } | null = null;

function publish(): void {
  let done = 0;
  let total = 0;
  for (const p of running.values()) {
    done += p.done;
    total += p.total;
  }
  snapshot = running.size === 0 ? null : { done, total };
  for (const fn of listeners) fn();
}

export function setLoadProgress(key: string, progress: Progress | null): void {
  if (progress === null) running.delete(key);
  else running.set(key, progress);
  publish();
}

/** Summed steps of every source still opening, or null when none is. */
export function useLoadProgress(): { done: number; total: number } | null {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => snapshot,
  );
}
