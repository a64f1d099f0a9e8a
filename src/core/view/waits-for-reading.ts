import type { ArticleIndex } from '../article/article-index.ts';
import type { ViewState } from './view-types.ts';
import { buildViewUrl } from './view-url.ts';
import { viewScope } from './view-scope.ts';

type Pending = 'stancesPending' | 'repliesPending';

const pendingIn = (view: ViewState, articles: readonly ArticleIndex[], what: Pending) =>
  viewScope(articles, view).some(([a]) => a[what] === true);

/** Some article the view covers has not had its stances read yet (a dump just opened). */
export const stancesPendingIn = (view: ViewState, articles: readonly ArticleIndex[]): boolean =>
  pendingIn(view, articles, 'stancesPending');

/** Some article the view covers is a big flat dump whose parents are still being guessed. */
export const repliesPendingIn = (view: ViewState, articles: readonly ArticleIndex[]): boolean =>
  pendingIn(view, articles, 'repliesPending');

/**
 * The view depends on what a big dump just opened has not had read yet: it lands once that is
 * read (LINKS.md), not before. Before a flat dump's parents are guessed only its comments in page
 * order can be shown: anything more in the link (a thread, a comment among its ancestors, a filter
 * or search, each shown in its threads, another sort, Stats, a comparison) waits for the threads,
 * not shown with every comment at the top level. A view that filters or counts by stance (a stance
 * filter, Stats, a comparison's counts) waits for the stances, not shown with every one neutral.
 */
export function waitsForReading(view: ViewState, articles: readonly ArticleIndex[]): boolean {
  if (buildViewUrl({ ...view, article: null }) !== '' && repliesPendingIn(view, articles)) {
    return true;
  }
  const counts = view.stance.length > 0 || view.mode === 'stats' || view.compare !== null;
  return counts && stancesPendingIn(view, articles);
}
