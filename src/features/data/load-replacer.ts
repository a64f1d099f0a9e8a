import type { QueryClient } from '@tanstack/react-query';
import type { OpenError } from '../../core/parse/open-error.ts';
import type { Result } from '../../core/types.ts';
import type { OpenedDump } from '../../worker/protocol.ts';
import { articleQueryKey, type ArticleLoad } from './article-load.ts';

/** Puts what the worker read later into a dump's query, or says why it could not be read. */
export interface LoadReplacer {
  /** Replaces the dump with `next`, unless it was removed or replaced meanwhile (then false). */
  replace(next: Result<OpenedDump, OpenError>): boolean;
  /** The reading failed: the dump shows why ("Its `what` could not be read…") in its place. */
  fail(error: unknown, what: string): void;
}

/** A replacer for the opened dump `load` holds (it must hold one). */
export function loadReplacer(queryClient: QueryClient, load: ArticleLoad): LoadReplacer {
  const key = articleQueryKey(load.source);
  const dump = load.result.ok ? load.result.value : null;
  const replace = (next: Result<OpenedDump, OpenError>): boolean => {
    const now = queryClient.getQueryData<ArticleLoad>(key);
    if (now?.result.ok !== true || now.result.value !== dump) return false;
    queryClient.setQueryData<ArticleLoad>(key, { source: now.source, result: next });
    return true;
  };
  return {
    replace,
    fail(error, what) {
      // Disposed with the page: nobody is left to tell.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const why = error instanceof Error ? error.message : String(error);
      const message = `Its ${what} could not be read (${why}). Reload the page to try again.`;
      replace({ ok: false, error: { code: 'failed', message, line: null } });
    },
  };
}
