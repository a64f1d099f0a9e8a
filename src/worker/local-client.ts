// Kept apart from client.ts: importing the engine pulls the whole parsing core (lexicon, gazetteer)
// into whatever imports it, and the page must only reach that through the worker.
import { createClient } from './client.ts';
import type { ThreadClient } from './client-types.ts';
import { createEngine, type EngineDeps } from './engine.ts';
import type { WorkerResponse } from './protocol.ts';

/** The same engine called in-page: for jsdom tests and Node, where there is no Worker. */
export function createLocalClient(deps: EngineDeps): ThreadClient {
  const engine = createEngine(deps);
  let listener: ((response: WorkerResponse) => void) | null = null;
  return createClient({
    // A microtask hop keeps replies asynchronous, as they are from a real worker.
    send: (request) =>
      void Promise.resolve().then(() => engine.handle(request, (r) => listener?.(r))),
    listen(onResponse) {
      listener = onResponse;
    },
    close() {
      listener = null;
    },
  });
}
