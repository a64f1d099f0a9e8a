import { commentKey } from '../article/comment-key.ts';
import { effectiveStanceOf, layeredLabelOf, type OverrideOf } from '../stance/effective-stance.ts';
import type { SearchHits } from '../search/search-hits.ts';
import { applyView, type ViewFilter } from './apply-view.ts';
import { viewScope } from './view-scope.ts';
import { memoLast } from './memo-last.ts';
import type { MutedWordHits } from './muted-words.ts';
import { stanceHiddenIn } from './stance-hidden-in.ts';
import { projectRows } from './project-rows.ts';
import { validateView } from './validate-view.ts';
import type { Row, ViewNotice, ViewState } from './view-types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';
import type { DerivedView, ViewInputs } from './derived-view.ts';

const NO_TERMS: readonly string[] = [];
const NO_NOTICES: readonly ViewNotice[] = [];
// No comment folded; no matches asked for (a view without a search never reads them).
const NO_KEYS: ReadonlySet<CommentKey> = new Set();
const NONE_HIDDEN: ReadonlySet<string> = new Set();

/**
 * A deriver: the one pure function from the page's inputs to everything a view shows (the
 * explorer, Stats, export, copy-link and the status line read it). Each step is memoised on its
 * own inputs, so a keystroke's hits do not re-validate the URL and a collapse does not re-filter.
 */
export function createViewDeriver(): (inputs: ViewInputs) => DerivedView {
  const validate = memoLast(validateView);
  const bySlug = memoLast(
    (articles: readonly ArticleIndex[]) => new Map(articles.map((a) => [a.slug, a])),
  );
  const stanceOfStep = memoLast(effectiveStanceOf);
  const labelOfStep = memoLast(layeredLabelOf);
  const mutedWordOfStep = memoLast(
    (hits: MutedWordHits) => (key: CommentKey) => hits.get(key) ?? null,
  );
  // A new URL gives a new view object even when the filters are the same: key them as text.
  let filter: { text: string; value: ViewFilter } | null = null;
  const filterStep = (view: ViewState): ViewFilter => {
    const text = filterText(view);
    if (filter?.text !== text) filter = { text, value: filterOf(view) };
    return filter.value;
  };
  const scopeStep = memoLast((articles: readonly ArticleIndex[], filter: ViewFilter) =>
    viewScope(articles, filter).map(([a]) => a),
  );
  const applyStep = memoLast(
    (
      articles: readonly ArticleIndex[],
      filter: ViewFilter,
      hits: SearchHits['at'] | null,
      labelOf: OverrideOf,
      muted: ReadonlySet<string>,
      mutedKeys: MutedWordHits,
    ) =>
      applyView(articles, filter, {
        hits,
        labelOf,
        muted,
        mutedKeys,
      }),
  );
  const projectStep = memoLast(
    (
      scope: readonly ArticleIndex[],
      matches: ReadonlySet<CommentKey> | null,
      collapsed: ReadonlySet<CommentKey>,
      sort: ViewState['sort'],
      threadRoot: CommentKey | null,
    ) => projectRows({ articles: scope, matches, collapsed, sort, threadRoot }),
  );
  const hitKeysStep = memoLast((all: readonly Row[], matches: ReadonlySet<CommentKey>) => {
    const keys: CommentKey[] = [];
    for (const r of all) if (r.kind === 'comment' && matches.has(r.key)) keys.push(r.key);
    return keys;
  });
  const stanceHiddenStep = memoLast(stanceHiddenIn);
  const noticesStep = memoLast(
    (a: readonly ViewNotice[], b: readonly ViewNotice[]): readonly ViewNotice[] => [...a, ...b],
  );
  const termsStep = memoLast(
    // Rows show matches and their dimmed ancestors: a match is a hit, an ancestor unmarked.
    (matches: ReadonlySet<CommentKey>, terms: readonly string[] | undefined) =>
      (key: CommentKey) => (terms !== undefined && matches.has(key) ? terms : NO_TERMS),
  );

  return (inputs) => {
    const { view, notices } = validate(inputs.urlView, inputs.articles);
    const articlesBySlug = bySlug(inputs.articles);
    const stanceOf = stanceOfStep(inputs.articles, inputs.stance);
    const wordHits = inputs.mutedWordHits;
    const asked = view.q.trim() !== '';
    const hits = asked ? inputs.hits : null;
    const filter = filterStep(view);
    const scope = scopeStep(inputs.articles, filter);
    const result = applyStep(
      inputs.articles,
      filter,
      hits?.at ?? null,
      labelOfStep(inputs.stance),
      inputs.muted,
      wordHits,
    );
    const filtering =
      hits !== null ||
      view.stance.length > 0 ||
      view.loc !== null ||
      view.author !== null ||
      result.muted > 0;
    const matches = filtering ? result.matches : null;
    const threadRoot = keyIn(scope, view.thread);
    const collapsed = inputs.collapsed.size === 0 ? NO_KEYS : inputs.collapsed;
    const rows = projectStep(scope, matches, collapsed, view.sort, threadRoot);
    // Hit navigation walks every hit, folded or not: a second projection only while one is folded.
    const unfolded =
      hits === null || collapsed === NO_KEYS
        ? rows
        : projectStep(scope, matches, NO_KEYS, view.sort, threadRoot);
    const hitKeys = hits === null ? [] : hitKeysStep(unfolded, result.matches);
    const target = keyIn(scope, view.comment);
    const targetShown = target !== null && (matches === null || matches.has(target));
    // While a search's hits are on their way nothing is known to be filtered out yet.
    const settled = !asked || (inputs.hits !== null && inputs.hitsPending !== true);
    const targetNotices =
      target !== null && !targetShown && settled
        ? [hiddenTargetNotice(view.comment ?? '')]
        : NO_NOTICES;
    const total = scope.reduce((n, a) => n + a.doc.comments.length, 0);
    const stanceHidden = inputs.stanceHidden ?? NONE_HIDDEN;
    return {
      view,
      notices: targetNotices === NO_NOTICES ? notices : noticesStep(notices, targetNotices),
      articlesBySlug,
      scope,
      stanceOf,
      mutedWordOf: mutedWordOfStep(wordHits),
      result,
      matches,
      rows,
      hitKeys,
      targetKey: targetShown ? target : null,
      // Pending, not failed: a failed search says so in an alert and must not read as still going.
      searching: asked && inputs.hits === null && inputs.hitsPending === true,
      // Read only with a search: a view that filters nothing builds its matches when asked.
      termsOf: termsStep(hits === null ? NO_KEYS : result.matches, hits?.terms),
      exportSelection: {
        articles: scope,
        matches: result.inView === total ? null : result.matches,
        count: result.inView,
        stance: inputs.stance,
      },
      stanceHidden,
      stanceHiddenInScope: stanceHiddenStep(scope, stanceHidden),
    };
  };
}

function hiddenTargetNotice(id: string): ViewNotice {
  return {
    param: 'comment',
    message: `The linked comment “${id}” is hidden by the search or filters in this link; showing the top of the list.`,
  };
}

function filterOf(view: ViewState): ViewFilter {
  const { article, thread, loc, author, stance, compare } = view;
  return { article, thread, loc, author, stance, compare };
}

function filterText(view: ViewState): string {
  const { article, thread, loc, author, stance, compare } = view;
  return [article, thread, loc, author, stance.join(','), compare?.join(',')].join('\u0000');
}

/** The first article in scope that holds comment `id`, as a key. */
function keyIn(scope: readonly ArticleIndex[], id: string | null): CommentKey | null {
  if (id === null) return null;
  const found = scope.find((a) => a.byId.has(id));
  return found === undefined ? null : commentKey(found.slug, id);
}
