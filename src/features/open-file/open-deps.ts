import type { Result } from '../../core/types.ts';
import type { OpenError } from '../../core/parse/open-error.ts';

/** What a successful parse tells the reader before the discussion joins the switcher. */
export interface ParsedSummary {
  readonly title: string;
  readonly comments: number;
  readonly warnings: readonly string[];
  /** The text's hash as the worker worked it out while parsing: the page need not hash it again. */
  readonly hash: string;
}

/**
 * What opening a dump needs from the rest of the app: a parse off the main thread with progress
 * and cancel, and a way to add the discussion to the library. Injected so tests run without a worker.
 */
export interface OpenDeps {
  parse(
    blob: Blob,
    name: string,
    opts: { onProgress(done: number, total: number): void; signal: AbortSignal },
  ): Promise<Result<ParsedSummary, OpenError>>;
  add(source: {
    readonly name: string;
    readonly blob: Blob;
    readonly hash: string;
  }): Promise<void> | void;
}
