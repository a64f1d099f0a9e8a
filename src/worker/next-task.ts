/**
 * Runs `run` in a task of its own, after whatever is queued. Not `setTimeout(run, 0)`: once timers
 * nest five deep the browser holds each one back at least 4 ms, and a 50,000-comment dump is put
 * back together in some thirty chained steps.
 */
export function nextTask(run: () => void): void {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    // A port left open keeps a Node process (the tests, the CLI) alive.
    port1.close();
    run();
  };
  port2.postMessage(null);
}

/** Resolves in a task of its own (nextTask), for work split with `await` between its slices. */
export function taskBreak(): Promise<void> {
  return new Promise((resolve) => nextTask(resolve));
}
