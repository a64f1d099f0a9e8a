/**
 * The longest a request waits for the page's main thread to be idle. A page that stays busy (a
 * 50,000-comment render, a reader scrolling) still gets its stances within this.
 */
export const IDLE_TIMEOUT_MS = 2_000;

/**
 * Runs `run` once the page's main thread is idle, or after IDLE_TIMEOUT_MS at the latest. Work the
 * worker starts then does not compete with the page's first render for two cores: the seeds'
 * stances read during it more than doubled Lighthouse's total blocking time (median 369 against
 * 140 ms, 9 runs of each build, alternated). Safari has no requestIdleCallback: there `run` waits
 * for the next task.
 */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => run(), { timeout: IDLE_TIMEOUT_MS });
  } else setTimeout(run, 0);
}
