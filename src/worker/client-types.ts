import type { OpenError } from '../core/parse/open-error.ts';
import type { LearnedStance } from '../core/stance/learn-stance.ts';
import type { Result, StanceLabel } from '../core/types.ts';
import type { StancesWire } from './stances-wire.ts';
import type {
  OpenedDump,
  Progress,
  SearchAnswer,
  SourceRef,
  ThreadLinksWire,
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
  /**
   * Who answers whom in a dump opened with `tree.repliesPending` (every comment at the top level),
   * once the worker has guessed it (progress, stage `replies`, meanwhile): treeWithReplies puts it
   * into the tree the page has, once decodeReplies has read the replies as the worker sent them
   * (in the code that follows a big dump, which the first view does not load).
   */
  replies(hash: string, opts?: RequestOptions): Promise<ThreadLinksWire>;
  /**
   * The stances of a dump opened with `tree.stancesPending`, in page order, once the worker has
   * read them (progress, stage `stance`, meanwhile). Left as the worker sent them: decodeStances
   * reads them in the code that follows a big dump, which the first view does not load.
   */
  stances(hash: string, opts?: RequestOptions): Promise<StancesWire>;
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
