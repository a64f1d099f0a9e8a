import { lazy, Suspense, type ReactNode } from 'react';
import type { DerivedView } from '../core/view/derived-view.ts';
import { EMPTY_VIEW, type ViewState } from '../core/view/view-types.ts';
import type { ArticleIndex } from '../core/article/article-index.ts';
import { ErrorBoundary } from '../features/errors/index.ts';

// Stats and the comparison (charts, stats code, word counts, the map) are lazy chunks: nothing of
// them is in the first-view bundle; each loads when the reader first switches to it. Stats comes
// through its public face, which nothing imports statically; the compare feature's face is in the
// first view (CompareWith), so its panel is loaded by its own file.
const StatsPanel = lazy(() =>
  import('../features/stats/index.ts').then((m) => ({ default: m.StatsPanel })),
);
const ComparePanel = lazy(() =>
  import('../features/compare/ComparePanel.tsx').then((m) => ({ default: m.ComparePanel })),
);

/**
 * The main column for the view's mode: the comparison (`compare=`), Stats (`view=stats`) or the
 * thread list (`children`); each behind its own error boundary, all reading the one derived view.
 */
export function ExplorerMain({
  derived,
  articles,
  navigate: go,
  children,
}: {
  derived: DerivedView;
  articles: readonly ArticleIndex[];
  navigate(next: ViewState): void;
  children: ReactNode;
}) {
  const { view } = derived;
  // Their counts and charts would be every comment's until the search answers: say it is coming.
  if (derived.searching && (view.compare !== null || view.mode === 'stats')) {
    return <p className="py-4 text-sm">Searching…</p>;
  }
  if (view.compare !== null) {
    return (
      <ErrorBoundary
        name="The comparison"
        onBack={() => go({ ...view, compare: null })}
        resetKeys={[view, articles]}
      >
        <Suspense fallback={<p className="py-4 text-sm">Loading the comparison…</p>}>
          <ComparePanel
            articles={articles}
            view={view}
            matches={derived.matches}
            stanceOf={derived.stanceOf}
            stanceHidden={derived.stanceHidden}
            navigate={go}
          />
        </Suspense>
      </ErrorBoundary>
    );
  }
  if (view.mode === 'stats') {
    return (
      <ErrorBoundary
        name="Stats"
        onBack={() => go({ ...view, mode: 'comments' })}
        resetKeys={[view, articles]}
      >
        <Suspense fallback={<p className="py-4 text-sm">Loading stats…</p>}>
          <StatsPanel
            articles={derived.scope}
            all={articles}
            view={view}
            matches={derived.matches}
            stanceOf={derived.stanceOf}
            stanceHidden={derived.stanceHiddenInScope}
            navigate={go}
          />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return (
    <ErrorBoundary name="The comments" onBack={() => go(EMPTY_VIEW)} resetKeys={[view, articles]}>
      {derived.rows.length === 0 && articles.length > 0 && !derived.searching && (
        <p className="py-4 text-sm">No comments match this view.</p>
      )}
      {children}
    </ErrorBoundary>
  );
}
