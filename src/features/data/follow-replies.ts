import type { QueryClient } from '@tanstack/react-query';
import type { OpenError } from '../../core/parse/open-error.ts';
import type { Result } from '../../core/types.ts';
import type { ThreadClient } from '../../worker/client-types.ts';
import type { OpenedDump } from '../../worker/protocol.ts';
import { articleQueryKey, type ArticleLoad } from './article-load.ts';
import { followStances } from './follow-stances.ts';
import { setLoadProgress } from './load-progress.ts';

/**
 * A big flat dump comes in page order before anyone's parent is guessed (tree.repliesPending): its
 * query's data is replaced by its threads once the worker has guessed them, unless the dump was
 * removed or replaced meanwhile; then its stances are followed the same way.
 */
export function followReplies(
  queryClient: QueryClient,
  client: ThreadClient,
  load: ArticleLoad,
): void {
  const { source, result } = load;
  if (!result.ok) return;
  const dump = result.value;
  const key = articleQueryKey(source);
  const progressKey = `replies:${dump.hash}`;
  const replace = (next: Result<OpenedDump, OpenError>): boolean => {
    const now = queryClient.getQueryData<ArticleLoad>(key);
    if (now?.result.ok !== true || now.result.value !== dump) return false;
    queryClient.setQueryData<ArticleLoad>(key, { source: now.source, result: next });
    return true;
  };
  // Said at once: the worker's first report comes after its first slice of guesses.
  setLoadProgress(progressKey, { done: 0, total: 0, stage: 'replies' });
  client
    .replies(dump.hash, { onProgress: (p) => setLoadProgress(progressKey, p) })
    .then(
      (threads) => {
        if (replace(threads) && threads.ok && threads.value.tree.stancesPending === true) {
          followStances(queryClient, client, { source, result: threads });
        }
      },
      (e: unknown) => {
        // Disposed with the page: nobody is left to tell.
        if (e instanceof DOMException && e.name === 'AbortError') return;
        const why = e instanceof Error ? e.message : String(e);
        const message = `Its threads could not be worked out (${why}). Reload the page to try again.`;
        replace({ ok: false, error: { code: 'failed', message, line: null } });
      },
    )
    .finally(() => setLoadProgress(progressKey, null));
}
