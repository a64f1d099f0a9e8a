import { treeFromShapeIn } from '../core/article/tree-shape.ts';
import type { OpenError } from '../core/parse/open-error.ts';
import type { LearnedStance } from '../core/stance/learn-stance.ts';
import type { Result, StanceLabel, ThreadComment } from '../core/types.ts';
import type {
  OpenedDump,
  OpenedWire,
  Progress,
  SearchAnswer,
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
  open(source: SourceRef, opts?: RequestOptions): Promise<Result<OpenedDump, OpenError>>;
  /** `open` for text the reader chose. Aborting the signal cancels it (code `cancelled`). */
  parse(text: string, name: string, opts?: RequestOptions): Promise<Result<OpenedDump, OpenError>>;
  /** Matches in the dumps with these text hashes; a newer search rejects this one (AbortError). */
  search(query: string, hashes: readonly string[], opts?: RequestOptions): Promise<SearchAnswer>;
  /** The stance labels the model learns from the reader's labels of one dump (comment id → label). */
  learn(
    hash: string,
    labels: readonly (readonly [string, StanceLabel])[],
    opts?: RequestOptions,
  ): Promise<(readonly [string, LearnedStance])[]>;
  /** Forgets a removed dump's parse (in memory and in the worker's cache). */
  forget(hash: string): void;
  dispose(): void;
}

/** How the client reaches an engine: a Worker, or a direct in-page call. */
export interface Transport {
  send(request: WorkerRequest): void;
  listen(onResponse: (response: WorkerResponse) => void, onCrash: (message: string) => void): void;
  close(): void;
  /**
   * Stops the engine and starts a fresh one. A parse is one synchronous call that no message can
   * interrupt, so a real Cancel has to end the thread running it (without this, the next dump
   * waited for the cancelled parse to finish: 4.4 s at 50k comments).
   */
  restart?(): void;
}

/** Thrown by `search` (and `open` on a worker crash): the worker's exception, with its message. */
export class WorkerError extends Error {
  override readonly name = 'WorkerError';
}

/** A response as a request gets it: an opened dump arrives whole, its comments put back in. */
type Answer =
  | Exclude<WorkerResponse, { readonly type: 'opened' }>
  | { readonly type: 'opened'; readonly id: number; readonly result: Opened };

type Opened = Result<OpenedDump, OpenError>;

interface Pending {
  resolve(answer: Answer): void;
  reject(error: Error): void;
  onProgress?: (progress: Progress) => void;
  /** The comments of an open so far, as JSON slices (`comments` messages come before `opened`). */
  slices?: string[];
}

/** How a search nobody waits for any more ends: the page ignores AbortErrors. */
function superseded(): DOMException {
  return new DOMException('Search was cancelled: a newer search replaced it.', 'AbortError');
}

const CANCELLED: OpenError = { code: 'cancelled', message: 'Opening was cancelled.', line: null };

/**
 * The dump as the worker opened it, from its wire form and its comments as JSON slices: each slice
 * is parsed, and its part of the tree's lookups rebuilt, in a task of its own, then the dump is
 * handed on in another. Each slice is let go once parsed: 50,000 comments are about 40 MB of text.
 */
function assemble(wire: OpenedWire, slices: string[], done: (dump: OpenedDump) => void): void {
  const { doc, shape, ...rest } = wire;
  const comments: ThreadComment[] = [];
  const tree = treeFromShapeIn(shape, comments);
  const step = (k: number): void => {
    const slice = slices[k];
    if (slice === undefined) {
      done({ ...rest, tree: tree.finish({ ...doc, comments }) });
      return;
    }
    slices[k] = '';
    const from = comments.length;
    for (const c of JSON.parse(slice) as ThreadComment[]) comments.push(c);
    tree.add(from, comments.length);
    setTimeout(() => step(k + 1), 0);
  };
  setTimeout(() => step(0), 0);
}

export function createClient(transport: Transport): ThreadClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** Requests still waiting for their answer, to send again to a restarted engine. */
  const sent = new Map<number, WorkerRequest>();
  /** What is open, by text hash, to open again in a restarted engine (searches need it there). */
  const opened = new Map<string, SourceRef>();

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
      if (response.type === 'comments') {
        (p.slices ??= []).push(response.json);
        return;
      }
      pending.delete(id);
      const request = sent.get(id);
      sent.delete(id);
      if (response.type === 'opened' && response.result.ok && request?.type === 'open') {
        opened.set(response.result.value.hash, request.source);
      }
      if (response.type === 'error') p.reject(new WorkerError(response.message));
      else if (response.type === 'superseded') p.reject(superseded());
      else if (response.type !== 'opened') p.resolve(response);
      else if (!response.result.ok) p.resolve({ ...response, result: response.result });
      else {
        const { value } = response.result;
        // Decoded and rebuilt a slice per task: at 50,000 comments, decoding and rebuilding in
        // one made tasks of 300 ms.
        assemble(value, p.slices ?? [], (dump) => {
          p.resolve({ ...response, result: { ok: true, value: dump } });
        });
      }
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
  ): Promise<Answer> {
    const id = nextId;
    nextId += 1;
    return new Promise<Answer>((resolve, reject) => {
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
          const request = sent.get(id);
          sent.delete(id);
          if (request?.type === 'open' && transport.restart !== undefined) restart();
          else transport.send({ type: 'cancel', id });
          onAbort(id, entry);
        },
        { once: true },
      );
      const message = build(id);
      sent.set(id, message);
      transport.send(message);
    });
  }

  /** A fresh engine with what was open opened again, then every request still unanswered. */
  function restart(): void {
    transport.restart?.();
    for (const source of opened.values()) {
      // No one waits for these answers: they only rebuild the new engine's indexes.
      transport.send({ type: 'open', id: nextId, source });
      nextId += 1;
    }
    for (const request of sent.values()) transport.send(request);
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
    async search(query, hashes, opts = {}) {
      const response = await request(
        (id) => ({ type: 'search', id, query, hashes }),
        opts,
        (_id, p) => p.reject(superseded()),
      );
      if (response.type !== 'hits') throw new WorkerError(`unexpected ${response.type} reply`);
      return response.answer;
    },
    async learn(hash, labels, opts = {}) {
      const response = await request(
        (id) => ({ type: 'learn', id, hash, labels }),
        opts,
        (_id, p) => p.reject(new DOMException('Learning was cancelled.', 'AbortError')),
      );
      if (response.type !== 'learned') throw new WorkerError(`unexpected ${response.type} reply`);
      return [...response.learned];
    },
    forget(hash) {
      opened.delete(hash);
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
