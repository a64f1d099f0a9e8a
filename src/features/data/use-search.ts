import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SearchHit } from '../../core/search/search-index.ts';
import { useArticles } from './use-articles.ts';
import { useThreadClient } from './thread-client.tsx';

const SUPERSEDED_RETRIES = 3;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export interface SearchState {
  /** Ranked hits keyed `${slug}/${id}`; null when there is no query (or no answer yet). */
  readonly hits: readonly SearchHit[] | null;
  readonly isFetching: boolean;
  /** `hits` answer an older query (or none yet): this one's are on their way. */
  readonly pending: boolean;
  readonly error: Error | null;
}

/** Searches every loaded article, or only `slug`'s, in the worker. */
export function useSearch(q: string, slug: string | null): SearchState {
  const client = useThreadClient();
  const { loaded } = useArticles();
  const query = q.trim();
  const scope = useMemo(
    () =>
      loaded
        .filter((l) => slug === null || l.index.slug === slug)
        .map((l) => ({ hash: l.hash, slug: l.index.slug })),
    [loaded, slug],
  );
  const result = useQuery({
    queryKey: ['search', query, scope.map((s) => `${s.hash}:${s.slug}`)],
    queryFn: ({ signal }) => client.search(query, scope, { signal }),
    enabled: query !== '' && scope.length > 0,
    // While typing, the last answer stays on screen until the next one arrives.
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    // The worker drops a search once a newer one arrives. If the reader came back to this query
    // meanwhile (typed, then erased), it is asked again; any other failure is shown, not retried.
    retry: (failures, error) => isAbort(error) && failures < SUPERSEDED_RETRIES,
    retryDelay: 0,
  });
  return {
    hits: query === '' ? null : (result.data ?? null),
    isFetching: result.isFetching,
    pending:
      query !== '' &&
      scope.length > 0 &&
      (result.error === null || isAbort(result.error)) &&
      (result.data === undefined || result.isPlaceholderData),
    error: isAbort(result.error) ? null : result.error,
  };
}
