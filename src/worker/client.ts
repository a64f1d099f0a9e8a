import type { OpenError } from '../core/parse/open-error.ts';
import type { Result } from '../core/types.ts';
import { createDumpAssembler, type DumpAssembler } from './assemble-dump.ts';
import { CANCELLED } from './cancelled-open.ts';
import type { RequestOptions, ThreadClient, Transport } from './client-types.ts';
import type { OpenedDump, Progress, SourceRef, WorkerRequest, WorkerResponse } from './protocol.ts';

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
  /** An open's comments so far (`comments` messages come before `opened`). */
  assembler?: DumpAssembler;
}

/** How a request nobody waits for any more ends (a search a newer one replaced): the page ignores AbortErrors. */
function superseded(): DOMException {
  return new DOMException('The request was cancelled.', 'AbortError');
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
        (p.assembler ??= createDumpAssembler()).add(response.slice);
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
        // Decoded and rebuilt in steps: at 50,000 comments, doing it in one task took 300 ms.
        (p.assembler ?? createDumpAssembler()).finish(response.result.value, (dump) => {
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

  /**
   * A request answered by a response of `type`; aborted, it rejects as an AbortError (a search's
   * as superseded: the page ignores those).
   */
  async function ask<T extends Answer['type']>(
    type: T,
    build: (id: number) => WorkerRequest,
    opts: RequestOptions,
  ): Promise<Extract<Answer, { readonly type: T }>> {
    const response = await request(build, opts, (_id, p) => p.reject(superseded()));
    if (response.type !== type) throw new WorkerError(`unexpected ${response.type} reply`);
    return response as Extract<Answer, { readonly type: T }>;
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
      const response = await ask('hits', (id) => ({ type: 'search', id, query, hashes }), opts);
      return response.answer;
    },
    async replies(hash, opts = {}) {
      return (await ask('threads', (id) => ({ type: 'replies', id, hash }), opts)).links;
    },
    async stances(hash, opts = {}) {
      return (await ask('stances', (id) => ({ type: 'stances', id, hash }), opts)).stances;
    },
    async learn(hash, labels, opts = {}) {
      const response = await ask('learned', (id) => ({ type: 'learn', id, hash, labels }), opts);
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
