import type { Bucket, RepliedComment } from '../../core/stats/compute-stats.ts';
import type { StanceLabel } from '../../core/types.ts';
import { EMPTY_VIEW, type ViewState } from '../../core/view/view-types.ts';

/**
 * The thread view a chart element leads to: the view the stats are about (its article, search and
 * filters) narrowed by what was clicked.
 */
export const statsPicks = {
  stance: (base: ViewState, label: StanceLabel): ViewState => ({
    ...base,
    stance: [label],
    comment: null,
  }),
  place: (base: ViewState, loc: string): ViewState => ({ ...base, loc, comment: null }),
  author: (base: ViewState, author: string): ViewState => ({ ...base, author, comment: null }),
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
