import { useCallback, useMemo, type ReactNode } from 'react';
import { effectiveStanceOf } from '../core/stance/stance-overrides.ts';
import type { Stance } from '../core/types.ts';
import type { CommentKey } from '../core/view/view-types.ts';
import { StanceBadge } from '../features/stance/StanceBadge.tsx';
import { useTaughtStance } from '../features/stance/use-taught-stance.ts';
import { useArticles } from '../features/data/use-articles.ts';
import { useLoadProgress } from '../features/data/load-progress.ts';
import { useSearch } from '../features/data/use-search.ts';
import { ReaderTools } from '../features/open-file/ReaderTools.tsx';
import { STATS_VIEW } from '../features/stats/StatsPanel.tsx';
import { ExplorerView } from './ExplorerView.tsx';
import type { ExtraView } from './extra-view.ts';
import { useViewState } from './useViewState.ts';

// Other features plug in here: buttons for the toolbar slot, and views for the switch (e.g. Stats).
const TOOLBAR: ReactNode = null;
const EXTRA_VIEWS: readonly ExtraView[] = [STATS_VIEW];

/** Connects the page to its data: the URL's view, the worker's articles and search hits. */
export function Explorer({ toolbar = TOOLBAR }: { toolbar?: ReactNode }) {
  const store = useViewState();
  const { articles, isPending, failures, error } = useArticles();
  const progress = useLoadProgress();
  // Search only a loaded article's index; an unknown slug in the URL searches everything.
  const slug = articles.some((a) => a.slug === store.view.article) ? store.view.article : null;
  const search = useSearch(store.view.q, slug);
  // Issue 13: the reader's labels, plus the labels the worker learned from them (labelOf).
  const overrides = useTaughtStance();
  const { overrideOf, setOverride, labelOf, learnedOf } = overrides;
  const stanceOf = useMemo(() => effectiveStanceOf(articles, labelOf), [articles, labelOf]);
  const renderStance = useCallback(
    (key: CommentKey, stance: Stance) => (
      <StanceBadge
        stance={stance}
        override={overrideOf(key)}
        learned={learnedOf(key)}
        onOverride={(label) => setOverride(key, label)}
      />
    ),
    [overrideOf, learnedOf, setOverride],
  );

  const loadError =
    error !== null
      ? `The comments could not be loaded (${error.message}). Reload the page to try again.`
      : failures.length > 0
        ? failures.map((f) => `${f.source.name}: ${f.error.message}`).join(' ')
        : search.error !== null
          ? `Search failed (${search.error.message}). Change the search to try again.`
          : overrides.error !== null
            ? `Your stance labels could not be saved: ${overrides.error}`
            : null;
  const loading = isPending && articles.length === 0 && error === null;
  const percent =
    progress === null || progress.total === 0
      ? null
      : Math.round((progress.done / progress.total) * 100);

  return (
    <ExplorerView
      articles={loading ? null : articles}
      opening={isPending}
      progress={percent === null ? null : `Loading comments… ${percent}%`}
      loadError={loadError}
      hits={search.hits}
      searchBusy={search.isFetching}
      store={store}
      stanceOf={stanceOf}
      renderStance={renderStance}
      extraNotices={
        overrides.notice === null ? [] : [{ param: 'stance-overrides', message: overrides.notice }]
      }
      toolbar={
        <>
          {toolbar}
          <ReaderTools articles={articles} view={store.view} hits={search.hits} />
        </>
      }
      extraViews={EXTRA_VIEWS}
    />
  );
}
