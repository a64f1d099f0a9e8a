import type { OpenError } from '../core/parse/open-error.ts';
import type { SearchHit } from '../core/search/search-index.ts';
import type { Result } from '../core/types.ts';
import type {
  LoadedArticle,
  Progress,
  SearchScope,
  SourceRef,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}

/** Promise-based access to the thread worker (or to the same engine in-page, for tests). */
export interface ThreadClient {
  /** Parses and indexes a dump once per distinct text; a bad dump resolves to a typed OpenError. */
  open(source: SourceRef, opts?: RequestOptions): Promise<Result<LoadedArticle, OpenError>>;
  /** `open` for text the reader chose. Aborting the signal cancels it (code `cancelled`). */
  parse(
    text: string,
    name: string,
    opts?: RequestOptions,
  ): Promise<Result<LoadedArticle, OpenError>>;
  search(query: string, scope: readonly SearchScope[], opts?: RequestOptions): Promise<SearchHit[]>;
  /** Forgets a removed dump's parse (in memory and in the worker's cache). */
  forget(hash: string): void;
  dispose(): void;
}

/** How the client reaches an engine: a Worker, or a direct in-page call. */
export interface Transport {
  send(request: WorkerRequest): void;
  listen(onResponse: (response: WorkerResponse) => void, onCrash: (message: string) => void): void;
  close(): void;
}

/** Thrown by `search` (and `open` on a worker crash): the worker's exception, with its message. */
export class WorkerError extends Error {
  override readonly name = 'WorkerError';
}

interface Pending {
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
  onProgress?: (progress: Progress) => void;
}

/** How a search nobody waits for any more ends: the page ignores AbortErrors. */
function superseded(): DOMException {
  return new DOMException('Search was cancelled: a newer search replaced it.', 'AbortError');
}

const CANCELLED: OpenError = { code: 'cancelled', message: 'Opening was cancelled.', line: null };

export function createClient(transport: Transport): ThreadClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  transport.listen(
    (response) => {
      if (response.type === 'error' && response.id === null) {
        // A crash the worker could not pin on a request: fail everything in flight, loudly.
        for (const p of pending.values()) p.reject(new WorkerError(response.message));
        pending.clear();
        return;
      }
      const id = response.id;
      const p = id === null ? undefined : pending.get(id);
      if (id === null || p === undefined) return;
      if (response.type === 'progress') {
        p.onProgress?.({ done: response.done, total: response.total, stage: response.stage });
        return;
      }
      pending.delete(id);
      if (response.type === 'error') p.reject(new WorkerError(response.message));
      else if (response.type === 'superseded') p.reject(superseded());
      else p.resolve(response);
    },
    (message) => {
      for (const p of pending.values()) p.reject(new WorkerError(message));
      pending.clear();
    },
  );

  function request(
    build: (id: number) => WorkerRequest,
    opts: RequestOptions,
    onAbort: (id: number, settle: Pending) => void,
  ): Promise<WorkerResponse> {
    const id = nextId;
    nextId += 1;
    return new Promise<WorkerResponse>((resolve, reject) => {
      const entry: Pending = { resolve, reject };
      if (opts.onProgress !== undefined) entry.onProgress = opts.onProgress;
      const { signal } = opts;
      if (signal?.aborted === true) {
        onAbort(id, entry);
        return;
      }
      pending.set(id, entry);
      signal?.addEventListener(
        'abort',
        () => {
          if (!pending.has(id)) return;
          pending.delete(id);
          transport.send({ type: 'cancel', id });
          onAbort(id, entry);
        },
        { once: true },
      );
      transport.send(build(id));
    });
  }

  async function open(source: SourceRef, opts: RequestOptions = {}) {
    const response = await request(
      (id) => ({ type: 'open', id, source }),
      opts,
      (id, p) => p.resolve({ type: 'opened', id, result: { ok: false, error: CANCELLED } }),
    );
    if (response.type !== 'opened') throw new WorkerError(`unexpected ${response.type} reply`);
    return response.result;
  }

  return {
    open,
    parse: (text, name, opts) => open({ kind: 'text', name, text }, opts),
    async search(query, scope, opts = {}) {
      const response = await request(
        (id) => ({ type: 'search', id, query, scope }),
        opts,
        (_id, p) => p.reject(superseded()),
      );
      if (response.type !== 'hits') throw new WorkerError(`unexpected ${response.type} reply`);
      return response.hits;
    },
    forget(hash) {
      transport.send({ type: 'forget', id: nextId, hash });
      nextId += 1;
    },
    dispose() {
      transport.close();
      for (const p of pending.values()) p.reject(new WorkerError('The thread worker was stopped.'));
      pending.clear();
    },
  };
}

/** The real thing: a module Web Worker (Vite bundles it, with the seeds, as separate chunks). */
export function createWorkerClient(): ThreadClient {
  const worker = new Worker(new URL('./thread-worker.ts', import.meta.url), { type: 'module' });
  return createClient({
    send: (request) => worker.postMessage(request),
    listen(onResponse, onCrash) {
      worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => onResponse(e.data));
      worker.addEventListener('error', (e) =>
        onCrash(e.message || 'The thread worker failed to start.'),
      );
      worker.addEventListener('messageerror', () => onCrash('A worker message could not be read.'));
    },
    close: () => worker.terminate(),
  });
}
