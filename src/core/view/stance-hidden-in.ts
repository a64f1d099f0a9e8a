import type { ArticleIndex } from '../article/article-index.ts';
import type { ViewState } from './view-types.ts';
import { viewScope } from './view-scope.ts';

/**
 * Every article the view covers has its stance hidden (`hidden`: off-topic dumps the reader has not
 * asked to see it for): its badges are not shown, so neither are counts to filter by. A view that
 * also covers an article about the rapprochement still offers them.
 */
export const stanceHiddenIn = (
  view: ViewState,
  articles: readonly ArticleIndex[],
  hidden: ReadonlySet<string>,
): boolean => hidden.size > 0 && viewScope(articles, view).every(([a]) => hidden.has(a.slug));
