import { commentKey } from '../article/comment-key.ts';

export { articleWarm, warmArticle } from './tree-order.ts';
import {
  effectiveStanceOf,
  layeredLabelOf,
  type OverrideOf,
  type StanceLayers,
} from '../stance/effective-stance.ts';
import type { SearchHits } from '../search/search-hits.ts';
import type { StanceLabel } from '../types.ts';
import { applyView, viewScope, type ViewFilter, type ViewResult } from './apply-view.ts';
import { memoLast } from './memo-last.ts';
import { mutedWords, type MutedWordHits } from './muted-words.ts';
import { projectRows } from './project-rows.ts';
import { validateView } from './validate-view.ts';
import type { Row, ViewNotice, ViewState } from './view-types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';

/** Everything a view depends on; the page holds these, the core works out the rest. */
export interface ViewInputs {
  readonly articles: readonly ArticleIndex[];
  /** The view as the URL states it (parsed, not yet checked against the articles). */
  readonly urlView: ViewState;
  /**
   * The hits for `urlView.q`, or null when there is no search or no answer yet. While the answer to
   * the latest keystroke is on its way these are the previous query's (`hitsPending`): the list
   * keeps showing them rather than every comment for a moment, as search boxes that filter do.
   */
  readonly hits: SearchHits | null;
  /** `hits` answer an earlier query; this one's are on their way. */
  readonly hitsPending?: boolean;
  /** The reader's own stance labels and those learned from them. */
  readonly stance: StanceLayers;
  /** Muted commenters, as `normalizeAuthor` gives their names. */
  readonly muted: ReadonlySet<string>;
  /** Muted words and phrases, as the reader typed them. */
  readonly mutedWords: readonly string[];
  /** Comments whose replies are folded away (page state, not part of a link). */
  readonly collapsed: ReadonlySet<CommentKey>;
}

/** What the reader sees: an export or a copied link of this view shows the same comments. */
export interface ExportSelection {
  /** The articles the view covers, in switcher order. */
  readonly articles: readonly ArticleIndex[];
  /** Comments in view; null when the view shows every comment of those articles. */
  readonly matches: ReadonlySet<CommentKey> | null;
  readonly count: number;
  /** Whose label each comment carries (reader, learned or machine), as exports record it. */
  readonly stance: StanceLayers;
}

export interface DerivedView {
  /** The URL's view with the values that match nothing dropped. */
  readonly view: ViewState;
  readonly notices: readonly ViewNotice[];
  readonly articlesBySlug: ReadonlyMap<string, ArticleIndex>;
  /** The articles in scope (the chosen article, or all). */
  readonly scope: readonly ArticleIndex[];
  /** The label each comment counts and shows under: the reader's, else the machine's. */
  readonly stanceOf: (key: CommentKey) => StanceLabel;
  /** The muted word a comment mentions, or null: such a comment shows only as a placeholder. */
  readonly mutedWordOf: (key: CommentKey) => string | null;
  readonly result: ViewResult;
  /** Comments that pass search and filters, or null when every comment in scope shows. */
  readonly matches: ReadonlySet<CommentKey> | null;
  /** The visible rows, collapsed replies left out. */
  readonly rows: readonly Row[];
  /** Matching comments in page order, whatever is collapsed: hit navigation walks these. */
  readonly hitKeys: readonly CommentKey[];
  /** The `comment=` target as a key, when it is in view. */
  readonly targetKey: CommentKey | null;
  readonly termsOf: (key: CommentKey) => readonly string[];
  readonly exportSelection: ExportSelection;
}

const NO_TERMS: readonly string[] = [];
const NO_NOTICES: readonly ViewNotice[] = [];
const NO_COLLAPSE: ReadonlySet<CommentKey> = new Set();

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
  const mutedWordStep = memoLast(mutedWords);
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
    const wordHits = mutedWordStep(inputs.articles, inputs.mutedWords);
    const hits = view.q.trim() === '' ? null : inputs.hits;
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
    const collapsed = inputs.collapsed.size === 0 ? NO_COLLAPSE : inputs.collapsed;
    const rows = projectStep(scope, matches, collapsed, view.sort, threadRoot);
    // Hit navigation walks every hit, folded or not: a second projection only while one is folded.
    const unfolded =
      hits === null || collapsed === NO_COLLAPSE
        ? rows
        : projectStep(scope, matches, NO_COLLAPSE, view.sort, threadRoot);
    const hitKeys = hits === null ? [] : hitKeysStep(unfolded, result.matches);
    const target = keyIn(scope, view.comment);
    const targetShown = target !== null && (matches === null || matches.has(target));
    // While a search's hits are on their way nothing is known to be filtered out yet.
    const settled = view.q.trim() === '' || (inputs.hits !== null && inputs.hitsPending !== true);
    const targetNotices =
      target !== null && !targetShown && settled
        ? [hiddenTargetNotice(view.comment ?? '')]
        : NO_NOTICES;
    const total = scope.reduce((n, a) => n + a.doc.comments.length, 0);
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
      termsOf: termsStep(result.matches, hits?.terms),
      exportSelection: {
        articles: scope,
        matches: result.inView === total ? null : result.matches,
        count: result.inView,
        stance: inputs.stance,
      },
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
