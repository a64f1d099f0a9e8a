import { useState } from 'react';
import type { ViewResult } from '../core/view/apply-view.ts';
import type { ViewState } from '../core/view/view-types.ts';
import type { ArticleIndex } from '../core/article/article-index.ts';
import { ArticleSwitcher } from '../features/articles/index.ts';
import { compareView } from '../features/compare/index.ts';
import { LocationFilter } from '../features/filters/index.ts';
import { SortSelect } from '../features/filters/index.ts';
import { StanceFilter } from '../features/filters/index.ts';

/**
 * The side panel: article switcher, sort, stance and place facets. On a narrow screen it folds
 * behind a "Filters" button so the comments come first.
 */
export function FilterPanel({
  articles,
  view,
  result,
  onChange,
}: {
  articles: readonly ArticleIndex[];
  view: ViewState;
  result: ViewResult;
  onChange(next: ViewState): void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen((v) => !v)}
        className="w-full rounded-md border border-slate-300 px-3 py-1.5 text-left text-sm font-medium md:hidden dark:border-slate-600"
      >
        {open ? 'Hide' : 'Show'} articles and filters
      </button>
      <div
        id="filter-panel"
        className={`${open ? 'block' : 'hidden'} mt-3 space-y-5 md:mt-0 md:block`}
      >
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
          onChange={(stance) => onChange({ ...view, stance, comment: null })}
        />
        <LocationFilter
          facets={result.locationFacets}
          selected={view.loc}
          onChange={(loc) => onChange({ ...view, loc, comment: null })}
        />
      </div>
    </div>
  );
}
