import { lazy, Suspense, useState } from 'react';
import type { ExtraView, ExtraViewProps } from '../../app/extra-view.ts';
import { buildViewUrl } from '../../core/view/view-url.ts';
import { compareView } from '../compare/index.ts';

// The Stats view (charts, stats code, and through it the map) is a lazy chunk: nothing of it is
// in the first-view bundle; it loads when the reader first switches to it.
const StatsView = lazy(() => import('./StatsView.tsx').then((m) => ({ default: m.StatsView })));

/** Stats for the article in view (or all articles); a chart click shows the filtered comments. */
export function StatsPanel({ articles, view, stanceOf, navigate, showComments }: ExtraViewProps) {
  const [scope, setScope] = useState<string | null>(
    view.article !== null && articles.some((a) => a.slug === view.article) ? view.article : null,
  );
  return (
    <Suspense fallback={<p className="py-4 text-sm">Loading stats…</p>}>
      <StatsView
        articles={articles}
        stanceOf={stanceOf}
        scope={scope}
        onScope={setScope}
        hrefOf={(next) => window.location.pathname + buildViewUrl(next)}
        onPick={(next) => {
          navigate(next);
          showComments();
        }}
        onCompare={(a, b) => navigate(compareView(view, a, b))}
      />
    </Suspense>
  );
}

/** The entry for the explorer's view switch ("Comments | Stats"). */
export const STATS_VIEW: ExtraView = {
  id: 'stats',
  label: 'Stats',
  render: (props) => <StatsPanel {...props} />,
};
