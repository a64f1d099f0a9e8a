import { lazy, Suspense } from 'react';
import type { ViewResult } from '../core/view/apply-view.ts';
import type { ViewState } from '../core/view/view-types.ts';
import { stancesPendingIn } from '../core/view/waits-for-reading.ts';
import type { ArticleIndex } from '../core/article/article-index.ts';
import { ArticleSwitcher } from '../features/articles/index.ts';
import { compareView } from '../features/compare/index.ts';
import { SortSelect } from '../features/filters/index.ts';
import { StanceFilter } from '../features/filters/index.ts';

// Last in the panel and always mounted: its chunk arrives just after the first view and nothing
// below it moves when it does.
const LocationFilter = lazy(() =>
  import('../features/filters/LocationFilter.tsx').then((m) => ({ default: m.LocationFilter })),
);

/**
 * Article switcher, sort, stance and place facets: the sidebar on a wide screen, the Filters sheet
 * on a phone (so the comments come first there).
 */
export function FilterPanel({
  articles,
  view,
  result,
  stanceHidden,
  onChange,
}: {
  articles: readonly ArticleIndex[];
  view: ViewState;
  result: ViewResult;
  /** Every article in view has its stance hidden (off-topic, and the reader has not asked for it). */
  stanceHidden: boolean;
  onChange(next: ViewState): void;
}) {
  return (
    <div className="space-y-5">
      <ArticleSwitcher
        articles={articles}
        selected={view.article}
        onSelect={(slug) => onChange({ ...view, article: slug, thread: null, comment: null })}
        onCompare={(a, b) => onChange(compareView(view, a, b))}
      />
      <SortSelect value={view.sort} onChange={(sort) => onChange({ ...view, sort })} />
      <StanceFilter
        selected={view.stance}
        counts={result.stanceCounts}
        pending={stancesPendingIn(view, articles)}
        hidden={stanceHidden}
        onChange={(stance) => onChange({ ...view, stance, comment: null })}
      />
      <Suspense fallback={null}>
        <LocationFilter
          facets={result.locationFacets}
          selected={view.loc}
          onChange={(loc) => onChange({ ...view, loc, comment: null })}
        />
      </Suspense>
    </div>
  );
}

/** How many filters narrow the view, for the phone's "Filters" button. */
export function filterCount(view: ViewState): number {
  return (
    (view.stance.length > 0 ? 1 : 0) + (view.loc === null ? 0 : 1) + (view.author === null ? 0 : 1)
  );
}
