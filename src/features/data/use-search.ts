import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SearchHits } from '../../core/search/search-hits.ts';
import type { SearchAnswer } from '../../worker/protocol.ts';
import { useArticles } from './use-articles.ts';
import { useThreadClient } from './thread-client.tsx';
import { loadHighlighter } from '../search/index.ts';

const SUPERSEDED_RETRIES = 3;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export interface SearchState {
  /** The matches per article slug; null when there is no query (or no answer yet). */
  readonly hits: SearchHits | null;
  readonly isFetching: boolean;
  /** `hits` answer an older question (or none yet): this one's are on their way. */
  readonly pending: boolean;
  readonly error: Error | null;
}

/** An answer tagged with the question it answers, so a late one is never taken for the next. */
interface Answer {
  readonly question: string;
  readonly hits: SearchHits;
}

/** The question a search asks: the words and the dumps (by hash) they are asked of. */
function questionOf(query: string, hashes: readonly string[]): string {
  return JSON.stringify([query, hashes]);
}

/**
 * Searches every loaded article, or only `slug`'s, in the worker. The worker knows dumps by their
 * text's hash only; the page maps each hit back to the slug it gave that dump.
 */
export function useSearch(q: string, slug: string | null): SearchState {
  const client = useThreadClient();
  const { loaded } = useArticles();
  const query = q.trim();
  const { hashes, slugOf } = useMemo(() => {
    const scope = loaded.filter((l) => slug === null || l.index.slug === slug);
    return {
      hashes: scope.map((l) => l.hash),
      slugOf: new Map(scope.map((l) => [l.hash, l.index.slug])),
    };
  }, [loaded, slug]);
  const question = questionOf(query, hashes);
  // The slugs are in the key too: a hit's key changes with its dump's slug.
  const named = [...slugOf].map(([hash, s]) => `${hash}:${s}`);
  const result = useQuery({
    queryKey: ['search', question, named],
    queryFn: async ({ signal }): Promise<Answer> => {
      // The answer's terms are marked in the comments: the marking loads with the first answer.
      const [found] = await Promise.all([
        client.search(query, hashes, { signal }),
        loadHighlighter(),
      ]);
      return { question, hits: toSearchHits(found, slugOf) };
    },
    enabled: query !== '' && hashes.length > 0,
    // While typing, the last answer stays until the next one arrives (flagged `pending`): the list
    // keeps its hits meanwhile instead of flashing every comment, and no landing waits on them.
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    // The worker drops a search once a newer one arrives. If the reader came back to this query
    // meanwhile (typed, then erased), it is asked again; any other failure is shown, not retried.
    retry: (failures, error) => isAbort(error) && failures < SUPERSEDED_RETRIES,
    retryDelay: 0,
  });
  const answer = result.data;
  const current = answer?.question === question;
  return {
    hits: query === '' ? null : (answer?.hits ?? null),
    isFetching: result.isFetching,
    pending:
      query !== '' &&
      hashes.length > 0 &&
      (result.error === null || isAbort(result.error)) &&
      (!current || result.isPlaceholderData),
    error: isAbort(result.error) ? null : result.error,
  };
}

/** The worker's matches (by dump hash) as the page's, named by the slug each dump was given. */
function toSearchHits(found: SearchAnswer, slugOf: ReadonlyMap<string, string>): SearchHits {
  const at = new Map<string, Int32Array>();
  for (const d of found.dumps) {
    const slug = slugOf.get(d.hash);
    if (slug !== undefined) at.set(slug, d.at);
  }
  return { at, terms: found.terms };
}
