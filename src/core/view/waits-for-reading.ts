import type { ArticleIndex } from '../article/article-index.ts';
import type { ViewState } from './view-types.ts';
import { viewScope } from './view-scope.ts';

/** Some article the view covers has not had its stances read yet (a big dump just opened). */
export function stancesPendingIn(view: ViewState, articles: readonly ArticleIndex[]): boolean {
  return viewScope(articles, view).some(([a]) => a.stancesPending === true);
}

/**
 * The view filters or counts by stance (a stance filter, Stats, a comparison's stance counts) while
 * an article in it has its stances pending: it lands once they are read (LINKS.md), not before
 * with every comment counted as neutral.
 */
export function waitsForStances(view: ViewState, articles: readonly ArticleIndex[]): boolean {
  const counts = view.stance.length > 0 || view.mode === 'stats' || view.compare !== null;
  return counts && stancesPendingIn(view, articles);
}
