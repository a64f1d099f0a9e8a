import type { QueryClient } from '@tanstack/react-query';
import { treeWithStances } from '../../core/article/tree-with-stances.ts';
import type { OpenError } from '../../core/parse/open-error.ts';
import type { Result } from '../../core/types.ts';
import type { ThreadClient } from '../../worker/client-types.ts';
import type { OpenedDump } from '../../worker/protocol.ts';
import { articleQueryKey, type ArticleLoad } from './article-load.ts';
import { setLoadProgress } from './load-progress.ts';

/**
 * A big dump comes before its stances are read (tree.stancesPending): its query's data is replaced
 * by the tree with them once the worker has read them, unless the dump was removed or replaced.
 */
export function followStances(
  queryClient: QueryClient,
  client: ThreadClient,
  load: ArticleLoad,
): void {
  const { source, result } = load;
  if (!result.ok) return;
  const dump = result.value;
  const key = articleQueryKey(source);
  const progressKey = `stances:${dump.hash}`;
  const replace = (next: Result<OpenedDump, OpenError>): void => {
    const now = queryClient.getQueryData<ArticleLoad>(key);
    if (now?.result.ok === true && now.result.value === dump) {
      queryClient.setQueryData<ArticleLoad>(key, { source: now.source, result: next });
    }
  };
  client
    .stances(dump.hash, { onProgress: (p) => setLoadProgress(progressKey, p) })
    .then(
      (stances) =>
        replace({ ok: true, value: { ...dump, tree: treeWithStances(dump.tree, stances) } }),
      (e: unknown) => {
        // Disposed with the page: nobody is left to tell.
        if (e instanceof DOMException && e.name === 'AbortError') return;
        const why = e instanceof Error ? e.message : String(e);
        const message = `Its stances could not be read (${why}). Reload the page to try again.`;
        replace({ ok: false, error: { code: 'failed', message, line: null } });
      },
    )
    .finally(() => setLoadProgress(progressKey, null));
}
