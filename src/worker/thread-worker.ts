// The Web Worker entry: parsing and indexing run here, off the main thread. Seeds are imported
// lazily from here, so their text is never in the page's first-view bundle.
// lock-down.ts must stay the first import: it removes network and eval before other code runs.
import './lock-down.ts';
import { createEngine } from './engine.ts';
import { indexedDbParseCache, type ParseCache } from './parse-cache.ts';
import { prefetchingParseCache } from './prefetching-parse-cache.ts';
import { savedDumpHashes } from './saved-dump-hashes.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const seeds = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default' });

const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<WorkerRequest>) => void): void;
  addEventListener(type: 'error', fn: (e: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', fn: (e: PromiseRejectionEvent) => void): void;
};

/**
 * The built worker's URL carries a hash of its code, parser included, so a new build never reads
 * an old build's parses. In development the URL stays the same while the code changes: no cache.
 */
function parseCache(): ParseCache | undefined {
  if (import.meta.env.DEV || typeof indexedDB === 'undefined') return undefined;
  try {
    return prefetchingParseCache(indexedDbParseCache(self.location.href), savedDumpHashes());
  } catch {
    return undefined;
  }
}

const cache = parseCache();
const engine = createEngine({
  loadSeed: async (name) => {
    const load = seeds[`/seeds/${name}`];
    if (load === undefined) throw new Error(`No bundled seed named “${name}”.`);
    return load();
  },
  ...(cache === undefined ? {} : { cache }),
});

const post = (response: WorkerResponse): void => scope.postMessage(response);

scope.addEventListener('message', (e) => {
  void engine.handle(e.data, post);
});
scope.addEventListener('error', (e) => post({ type: 'error', id: null, message: e.message }));
scope.addEventListener('unhandledrejection', (e) =>
  post({ type: 'error', id: null, message: String(e.reason) }),
);
