import type { QueryClient } from '@tanstack/react-query';
import type { ThreadClient } from '../../worker/client-types.ts';
import type { ArticleLoad } from './article-load.ts';
import { followReplies } from './follow-replies.ts';
import { followStances } from './follow-stances.ts';

/**
 * What a dump opened still has read in the worker, followed until the page has it: a flat
 * dump's threads first (its stances after them), else its stances.
 */
export function followLater(queryClient: QueryClient, client: ThreadClient, load: ArticleLoad) {
  if (load.result.ok && load.result.value.tree.repliesPending === true) {
    followReplies(queryClient, client, load);
  } else followStances(queryClient, client, load);
}
