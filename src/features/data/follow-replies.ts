import type { QueryClient } from '@tanstack/react-query';
import { treeWithReplies } from '../../core/article/tree-with-replies.ts';
import { shareColumns } from '../../core/export/share-columns.ts';
import type { ThreadClient } from '../../worker/client-types.ts';
import { decodeReplies } from '../../worker/replies-wire.ts';
import type { ArticleLoad } from './article-load.ts';
import { followStances } from './follow-stances.ts';
import { loadReplacer } from './load-replacer.ts';
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
  if (!load.result.ok) return;
  const dump = load.result.value;
  const { hash } = dump;
  const { replace, fail } = loadReplacer(queryClient, load);
  const progressKey = `replies:${hash}`;
  // Said at once: the worker's first report comes after its first slice of guesses.
  setLoadProgress(progressKey, { done: 0, total: 0, stage: 'replies' });
  client
    .replies(hash, { onProgress: (p) => setLoadProgress(progressKey, p) })
    .then(
      (links) => {
        const tree = treeWithReplies(dump.tree, {
          ...links,
          replies: decodeReplies(links.replies),
        });
        shareColumns(dump.tree.byId, tree.byId);
        const threads = { ok: true as const, value: { ...dump, tree } };
        if (replace(threads) && tree.stancesPending === true) {
          followStances(queryClient, client, { source: load.source, result: threads });
        }
      },
      (e: unknown) => fail(e, 'threads'),
    )
    .finally(() => setLoadProgress(progressKey, null));
}
