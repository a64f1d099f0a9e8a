import type { PreparedComment } from './prepare-comment.ts';

/**
 * Memoizes `build` for the latest comment only. What a cue reads off the reply being placed is asked
 * for again with each of its tens of candidates, then never: a WeakMap keyed by comment would hold
 * it for every comment of the dump until the run ends (the dump holds them all), and the peak memory
 * of a 50,000-comment run is what the CLI is bounded by.
 */
export function lastReplyCache<T>(
  build: (reply: PreparedComment) => T,
): (reply: PreparedComment) => T {
  let last: PreparedComment | null = null;
  let value: T | undefined;
  return (reply) => {
    if (reply !== last || value === undefined) {
      value = build(reply);
      last = reply;
    }
    return value;
  };
}
