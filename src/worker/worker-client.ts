import { createClient } from './client.ts';
import type { ThreadClient } from './client-types.ts';
import type { WorkerResponse } from './protocol.ts';

/** The real thing: a module Web Worker (Vite bundles it, with the seeds, as separate chunks). */
export function createWorkerClient(): ThreadClient {
  const spawn = () =>
    new Worker(new URL('./thread-worker.ts', import.meta.url), { type: 'module' });
  let worker = spawn();
  let attach = (_w: Worker): void => undefined;
  return createClient({
    send: (request) => worker.postMessage(request),
    listen(onResponse, onCrash) {
      attach = (w) => {
        w.addEventListener('message', (e: MessageEvent<WorkerResponse>) => onResponse(e.data));
        w.addEventListener('error', (e) =>
          onCrash(e.message || 'The thread worker failed to start.'),
        );
        w.addEventListener('messageerror', () => onCrash('A worker message could not be read.'));
      };
      attach(worker);
    },
    close: () => worker.terminate(),
    restart() {
      worker.terminate();
      worker = spawn();
      attach(worker);
    },
  });
}
