import type { StanceOf } from '../../core/stance/effective-stance.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { hrefOf } from '../../shared/href-of.ts';
import { compareView } from '../compare/index.ts';
import { StatsView } from './StatsView.tsx';

export interface StatsPanelProps {
  /** The articles the view covers (the chosen article, or all). */
  readonly articles: readonly ArticleIndex[];
  /** Every loaded article, for the article menu. */
  readonly all: readonly ArticleIndex[];
  readonly view: ViewState;
  /** Comments that pass the view's search and filters; null when every comment counts. */
  readonly matches: ReadonlySet<CommentKey> | null;
  readonly stanceOf: StanceOf;
  /** Every article in view has its stance hidden (off-topic): no stance mix is shown. */
  readonly stanceHidden?: boolean;
  /** Go to another view (a history entry). */
  readonly navigate: (next: ViewState) => void;
}

/**
 * Stats for the view in the URL: its article (the same one the sidebar and the status line name)
 * and every filter; a chart click shows those comments. The app loads this panel, and the charts,
 * the stats code and the map with it, lazily: nothing of it is in the first-view bundle.
 */
export function StatsPanel({
  articles,
  all,
  view,
  matches,
  stanceOf,
  stanceHidden = false,
  navigate,
}: StatsPanelProps) {
  return (
    <StatsView
      stanceHidden={stanceHidden}
      articles={articles}
      all={all}
      matches={matches}
      base={view}
      stanceOf={stanceOf}
      scope={view.article}
      onScope={(article) => navigate({ ...view, article, thread: null, comment: null })}
      hrefOf={(next) => hrefOf({ ...next, mode: 'comments' })}
      onPick={(next) => navigate({ ...next, mode: 'comments' })}
      onCompare={(a, b) => navigate(compareView(view, a, b))}
    />
  );
}
