import type { ArticleIndex } from '../article/article-index.ts';
import { threadRootOf } from '../article/tree-parents.ts';
import type { ViewState } from './view-types.ts';

/** The articles (and, with `thread`, the one thread) a view covers: `[index, root id | null]`. */
export function viewScope(
  articles: readonly ArticleIndex[],
  view: Pick<ViewState, 'article' | 'thread'> & { readonly compare?: ViewState['compare'] },
): Array<readonly [ArticleIndex, string | null]> {
  // `compare=a,b` covers the two compared articles (validateView drops `article` beside it).
  const compared = view.compare ?? null;
  const chosen =
    compared !== null
      ? articles.filter((a) => compared.includes(a.slug))
      : view.article === null
        ? articles
        : articles.filter((a) => a.slug === view.article);
  // An article filter naming nothing is ignored (validateView reports it), not an empty page.
  const pool = chosen.length === 0 ? articles : chosen;
  if (view.thread !== null) {
    for (const article of pool) {
      const root = threadRootOf(article, view.thread);
      if (root !== null) return [[article, root]];
    }
  }
  return pool.map((a) => [a, null] as const);
}
