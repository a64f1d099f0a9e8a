import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { articleSlug } from '../../core/article/article-slug.ts';
import type { OpenError } from '../../core/parse/open-error.ts';
import type { StanceRelevance } from '../../core/stance/stance-relevance.ts';
import type { Result } from '../../core/types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { OpenedDump, SourceRef } from '../../worker/protocol.ts';
import { rekeyMisfiled, slugAssignments } from '../library/index.ts';
import { useSourceStore, useSources } from '../library/index.ts';
import type { Source } from '../library/index.ts';
import { setLoadProgress } from './load-progress.ts';
import { namedArticle } from './named-article.ts';
import { useThreadClient } from './thread-client.tsx';
import type { ThreadClient } from '../../worker/client-types.ts';
import { articleQueryKey, type ArticleLoad } from './article-load.ts';

/** An opened dump as the page knows it: the worker's hash, and the page's slug in `index`. */
export interface LoadedArticle {
  /** Hash of the dump's text: how the worker, the parse cache and the reader's labels know it. */
  readonly hash: string;
  readonly name: string;
  readonly index: ArticleIndex;
  /** Whether its stance labels mean anything, as the worker measured it. */
  readonly relevance: StanceRelevance;
}

export interface ArticlesState {
  /**
   * Opened articles in source order, up to the first source still opening (a later one that opened
   * first waits for it), slugs deduped (`-2`, `-3` for a repeated title). A slug stays with its
   * dump's text for good (slug-assignments.ts), whatever is opened or removed later.
   */
  readonly articles: readonly ArticleIndex[];
  /** The same articles with the text hash the worker keys their search index by. */
  readonly loaded: readonly LoadedArticle[];
  /** Slug → whether that article's stance labels mean anything (the worker measures it). */
  readonly relevance: ReadonlyMap<string, StanceRelevance>;
  /** Some source is still being opened. */
  readonly isPending: boolean;
  /** Sources that are not a dump the explorer can read, with what to do. */
  readonly failures: readonly { readonly source: Source; readonly error: OpenError }[];
  /** A worker exception (a bug, not a bad dump), if any. */
  readonly error: Error | null;
}

/**
 * A dump the reader just opened comes with its parse: the library's query for it starts from that
 * rather than asking the worker again, which at 50,000 comments sent, decoded and rebuilt every
 * comment on the page a second time. Call it in the same task as adding the source. A query that
 * already has its data (the same text opened before) keeps it.
 */
export function primeArticle(
  queryClient: QueryClient,
  client: ThreadClient,
  source: Source,
  result: Result<OpenedDump, OpenError>,
): void {
  const key = articleQueryKey(source);
  if (queryClient.getQueryData(key) === undefined) {
    queryClient.setQueryData<ArticleLoad>(key, { source, result });
    readStancesLater(queryClient, client, { source, result });
  }
}

/**
 * A dump's stances, and a big flat one's threads before them (follow-later.ts, loaded once the
 * first dump's threads are shown).
 */
function readStancesLater(queryClient: QueryClient, client: ThreadClient, load: ArticleLoad) {
  if (!load.result.ok || load.result.value.tree.stancesPending !== true) return;
  void import('./follow-later.ts').then((m) => m.followLater(queryClient, client, load));
}

function toRef(source: Source): SourceRef {
  return source.kind === 'seed'
    ? { kind: 'seed', name: source.name }
    : { kind: 'file', name: source.name, blob: source.blob, hash: source.hash };
}

/** Every source parsed and indexed in the worker, one cached query per distinct text. */
export function useArticles(): ArticlesState {
  const client = useThreadClient();
  const queryClient = useQueryClient();
  const store = useSourceStore();
  const sources = useSources();
  useForgetRemoved(sources, client);
  return useQueries({
    queries: sources.map((source) => ({
      queryKey: articleQueryKey(source),
      queryFn: async ({ signal }: { signal: AbortSignal }): Promise<ArticleLoad> => {
        try {
          const result = await client.open(toRef(source), {
            signal,
            onProgress: (p) => setLoadProgress(source.key, p),
          });
          // The worker hashed the bytes it read: a dump filed under another hash moves to it.
          if (source.kind === 'file' && result.ok) rekeyMisfiled(store, source, result.value.hash);
          // Read in seconds: by then this query holds `result`, which the stances replace.
          readStancesLater(queryClient, client, { source, result });
          return { source, result };
        } finally {
          setLoadProgress(source.key, null);
        }
      },
      staleTime: Infinity,
      retry: false,
      // The data holds Maps and 50k-comment arrays: comparing it deeply would cost more than it saves.
      structuralSharing: false,
    })),
    combine,
  });
}

/**
 * A dump the reader removed leaves nothing behind: not its parse and indexes in the worker (nor
 * their cache on disk), nor the copy the page's query cache holds.
 */
function useForgetRemoved(
  sources: readonly Source[],
  client: ReturnType<typeof useThreadClient>,
): void {
  const queryClient = useQueryClient();
  const known = useRef<ReadonlyMap<string, Source>>(new Map());
  useEffect(() => {
    const now = new Map(sources.flatMap((s) => (s.kind === 'file' ? [[s.hash, s] as const] : [])));
    for (const [hash, source] of known.current) {
      if (now.has(hash)) continue;
      client.forget(hash);
      queryClient.removeQueries({ queryKey: articleQueryKey(source), exact: true });
    }
    known.current = now;
  }, [sources, client, queryClient]);
}

/**
 * Module-level so TanStack re-runs it only when a query's result changes; it then keeps unchanged
 * parts of the previous value (same objects), so the core's per-index caches stay warm.
 */
function combine(
  results: ReadonlyArray<{
    data: ArticleLoad | undefined;
    isPending: boolean;
    error: Error | null;
  }>,
): ArticlesState {
  const taken = new Set<string>();
  const loaded: LoadedArticle[] = [];
  const failures: Array<{ source: Source; error: OpenError }> = [];
  for (const { data, isPending } of results) {
    // Shown in source order only: a later dump that arrives first waits, or it would be pushed down
    // the page (switcher, sidebar, threads) when the one before it arrives.
    if (isPending) break;
    if (data === undefined) continue;
    if (!data.result.ok) {
      failures.push({ source: data.source, error: data.result.error });
      continue;
    }
    const { hash, name, tree, relevance } = data.result.value;
    const slug = slugAssignments.slugFor(hash, articleSlug(tree.doc.article.title), taken);
    taken.add(slug);
    loaded.push({ hash, name, index: namedArticle(tree, slug), relevance });
  }
  return {
    articles: loaded.map((l) => l.index),
    loaded,
    relevance: new Map(loaded.map((l) => [l.index.slug, l.relevance])),
    isPending: results.some((r) => r.isPending),
    failures,
    error: results.find((r) => r.error !== null)?.error ?? null,
  };
}
