import type { ReactNode } from 'react';
import type { DerivedView } from '../core/view/derived-view.ts';
import { EMPTY_VIEW, type ViewState } from '../core/view/view-types.ts';
import type { ArticleIndex } from '../core/article/article-index.ts';
import { ComparePanel } from '../features/compare/index.ts';
import { ErrorBoundary } from '../features/errors/index.ts';
import { StatsPanel } from '../features/stats/index.ts';

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
  if (view.compare !== null) {
    return (
      <ErrorBoundary
        name="The comparison"
        onBack={() => go({ ...view, compare: null })}
        resetKeys={[view, articles]}
      >
        <ComparePanel
          articles={articles}
          view={view}
          matches={derived.result.matches}
          stanceOf={derived.stanceOf}
          navigate={go}
        />
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
        <StatsPanel
          articles={derived.scope}
          all={articles}
          view={view}
          matches={derived.matches}
          stanceOf={derived.stanceOf}
          navigate={go}
        />
      </ErrorBoundary>
    );
  }
  return (
    <ErrorBoundary name="The comments" onBack={() => go(EMPTY_VIEW)} resetKeys={[view, articles]}>
      {children}
    </ErrorBoundary>
  );
}
