import { applyView, viewScope } from '../../core/view/apply-view.ts';
import type { SearchHit } from '../../core/search/search-index.ts';
import type { StanceLabel } from '../../core/types.ts';
import { validateView } from '../../core/view/validate-view.ts';
import type { ArticleIndex, CommentKey, ViewState } from '../../core/view/view-types.ts';

export interface ExportSelection {
  /** The articles the view covers, in switcher order. */
  readonly articles: readonly ArticleIndex[];
  /** Comments in view; null when the view shows every comment of those articles. */
  readonly matches: ReadonlySet<CommentKey> | null;
  readonly count: number;
}

/**
 * What the reader sees, worked out from the URL's view the same way the thread list does
 * (validate → scope → search and filters), at the moment of the export rather than on every render.
 */
export function exportSelection(
  all: readonly ArticleIndex[],
  urlView: ViewState,
  hits: readonly SearchHit[] | null,
  stanceOf: (key: CommentKey) => StanceLabel,
): ExportSelection {
  const { view } = validateView(urlView, all);
  const articles = viewScope(all, view).map(([a]) => a);
  const searching = view.q.trim() !== '' && hits !== null;
  const result = applyView(all, view, {
    hits: searching ? new Set(hits.map((h) => h.key)) : null,
    stanceOf,
  });
  const total = articles.reduce((n, a) => n + a.doc.comments.length, 0);
  return {
    articles,
    matches: result.inView === total ? null : result.matches,
    count: result.inView,
  };
}
