import { useMemo } from 'react';
import { applyView, viewScope, type ViewFilter, type ViewResult } from '../core/view/apply-view.ts';
import { commentKey } from '../core/article/comment-key.ts';
import { projectRows } from '../core/view/project-rows.ts';
import type { SearchHit } from '../core/search/search-index.ts';
import type { StanceLabel } from '../core/types.ts';
import type {
  ArticleIndex,
  CommentKey,
  Row,
  ViewNotice,
  ViewState,
} from '../core/view/view-types.ts';
import { validateView } from '../core/view/validate-view.ts';

export interface ExplorerModel {
  /** The URL's view with the values that match nothing dropped. */
  readonly view: ViewState;
  readonly notices: readonly ViewNotice[];
  readonly result: ViewResult;
  readonly rows: readonly Row[];
  readonly articlesBySlug: ReadonlyMap<string, ArticleIndex>;
  /** The `comment=` target as a key. */
  readonly currentKey: CommentKey | null;
  /** Matching comments (search hits) in row order, for next/previous hit. */
  readonly hitKeys: readonly CommentKey[];
  readonly termsOf: (key: CommentKey) => readonly string[];
}

const NO_TERMS: readonly string[] = [];

/** The first article in scope that holds comment `id`, as a key. */
function keyOf(articles: readonly ArticleIndex[], id: string | null): CommentKey | null {
  if (id === null) return null;
  const found = articles.find((a) => a.byId.has(id));
  return found === undefined ? null : commentKey(found.slug, id);
}

/** Everything the page shows, derived from the loaded articles, the URL's view and the search hits. */
export function useExplorerModel(
  articles: readonly ArticleIndex[],
  urlView: ViewState,
  hits: readonly SearchHit[] | null,
  stanceOf: (key: CommentKey) => StanceLabel,
  collapsed: ReadonlySet<CommentKey>,
): ExplorerModel {
  const validated = useMemo(() => validateView(urlView, articles), [urlView, articles]);
  const view = validated.view;
  const articlesBySlug = useMemo(() => new Map(articles.map((a) => [a.slug, a])), [articles]);
  const searching = view.q.trim() !== '' && hits !== null;

  const { hitSet, terms } = useMemo(() => {
    if (!searching || hits === null) return { hitSet: null, terms: new Map<string, string[]>() };
    return {
      hitSet: new Set(hits.map((h) => h.key)),
      terms: new Map(hits.map((h) => [h.key, h.terms])),
    };
  }, [hits, searching]);

  // A keystroke changes `q` long before its hits arrive: filtering 50k comments again for the
  // same hits would spend the frame for nothing, so the filter is keyed on its own fields.
  // The URL gives a new stance array on every navigation, so the labels are compared as text.
  const { article, thread, loc, author } = view;
  const stances = view.stance.join(',');
  // compare=a,b (issue 15): the scope is the two compared articles; compared as text like stance.
  const compared = view.compare?.join(',') ?? '';
  const filter = useMemo(
    (): ViewFilter => ({
      article,
      thread,
      loc,
      author,
      stance: stances === '' ? [] : (stances.split(',') as StanceLabel[]),
      compare: compared === '' ? null : (compared.split(',') as [string, string]),
    }),
    [article, thread, loc, author, stances, compared],
  );

  const result = useMemo(
    () => applyView(articles, filter, { hits: hitSet, stanceOf }),
    [articles, filter, hitSet, stanceOf],
  );

  const scoped = useMemo(() => viewScope(articles, filter).map(([a]) => a), [articles, filter]);
  const filtering =
    hitSet !== null || view.stance.length > 0 || view.loc !== null || view.author !== null;
  const currentKey = keyOf(scoped, view.comment);
  const threadKey = keyOf(scoped, view.thread);

  const rows = useMemo(
    () =>
      projectRows({
        articles: scoped,
        matches: filtering ? result.matches : null,
        collapsed,
        sort: view.sort,
        threadRoot: threadKey,
        reveal: currentKey,
      }),
    [scoped, filtering, result.matches, collapsed, view.sort, threadKey, currentKey],
  );

  const hitKeys = useMemo(
    () =>
      hitSet === null
        ? []
        : rows.filter((r) => r.kind === 'comment' && result.matches.has(r.key)).map((r) => r.key),
    [rows, hitSet, result.matches],
  );

  const termsOf = useMemo(() => (key: CommentKey) => terms.get(key) ?? NO_TERMS, [terms]);

  return {
    view,
    notices: validated.notices,
    result,
    rows,
    articlesBySlug,
    currentKey,
    hitKeys,
    termsOf,
  };
}
