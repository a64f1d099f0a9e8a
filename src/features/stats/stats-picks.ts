import type { Bucket, RepliedComment } from '../../core/stats/compute-stats.ts';
import type { StanceLabel } from '../../core/types.ts';
import { EMPTY_VIEW, type ViewState } from '../../core/view/view-types.ts';

/** The thread view a chart element leads to, within the article the stats are about (null: all). */
export const statsPicks = {
  stance: (scope: string | null, label: StanceLabel): ViewState => ({
    ...EMPTY_VIEW,
    article: scope,
    stance: [label],
  }),
  place: (scope: string | null, loc: string): ViewState => ({ ...EMPTY_VIEW, article: scope, loc }),
  author: (scope: string | null, author: string): ViewState => ({
    ...EMPTY_VIEW,
    article: scope,
    author,
  }),
  /** A depth bar opens its first comment at that depth, marked, inside the whole thread list. */
  comment: (at: NonNullable<Bucket['example']> | RepliedComment): ViewState => ({
    ...EMPTY_VIEW,
    article: at.slug,
    comment: at.id,
  }),
  /** A thread-size bar shows the biggest thread of that size class alone. */
  thread: (at: NonNullable<Bucket['example']>): ViewState => ({
    ...EMPTY_VIEW,
    article: at.slug,
    thread: at.id,
  }),
};
