import { reportError } from './error-reports.ts';

/**
 * Reports a worker's own failures (a script that cannot load, an uncaught exception, a message that
 * cannot be read). The client rejects requests in flight; this covers a crash while none is pending.
 */
export function watchWorker(worker: Pick<Worker, 'addEventListener'>): void {
  worker.addEventListener('error', (e: Event) => {
    const message = e instanceof ErrorEvent && e.message !== '' ? e.message : 'it stopped.';
    reportError('worker', message);
  });
  worker.addEventListener('messageerror', () =>
    reportError('worker', 'A message from the worker could not be read.'),
  );
}
