import type { QueryClient } from '@tanstack/react-query';
import { treeWithStances } from '../../core/article/tree-with-stances.ts';
import { shareColumns } from '../../core/export/share-columns.ts';
import type { ThreadClient } from '../../worker/client-types.ts';
import { taskBreak } from '../../worker/next-task.ts';
import { decodeStances, type StancesWire } from '../../worker/stances-wire.ts';
import type { ArticleLoad } from './article-load.ts';
import { loadReplacer } from './load-replacer.ts';
import { setLoadProgress } from './load-progress.ts';
import { whenIdle } from './when-idle.ts';

/**
 * A dump comes before its stances are read (tree.stancesPending): its query's data is replaced
 * by the tree with them once the worker has read them, unless the dump was removed or replaced.
 * The worker reads them when asked, and the page asks once it is idle (when-idle.ts).
 */
export function followStances(
  queryClient: QueryClient,
  client: ThreadClient,
  load: ArticleLoad,
): void {
  if (!load.result.ok) return;
  const dump = load.result.value;
  const { replace, fail } = loadReplacer(queryClient, load);
  const progressKey = `stances:${dump.hash}`;
  const withStances = async (stances: StancesWire) => {
    // Three tasks, not one: at 50,000 comments decoding, rebuilding the comments and sharing the
    // columns took 112–148 ms together in the task that took the worker's message in.
    const decoded = decodeStances(stances);
    await taskBreak();
    const tree = treeWithStances(dump.tree, decoded);
    await taskBreak();
    // The wire's codes are the page's own stance column codes (StancesWire.labels).
    shareColumns(dump.tree.byId, tree.byId, stances.labels);
    replace({ ok: true, value: { ...dump, tree } });
  };
  whenIdle(() => {
    client
      .stances(dump.hash, { onProgress: (p) => setLoadProgress(progressKey, p) })
      .then(withStances, (e: unknown) => fail(e, 'stances'))
      .finally(() => setLoadProgress(progressKey, null));
  });
}
