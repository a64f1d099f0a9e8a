import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';
import type { SearchHits } from '../search/search-hits.ts';
import type { StanceLayers, StanceOf } from '../stance/effective-stance.ts';
import type { ViewResult } from './apply-view.ts';
import type { MutedWordHits } from './muted-words.ts';
import type { Row, ViewNotice, ViewState } from './view-types.ts';

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
  /** Comments that mention a muted word or phrase (mutedWords), with the word each mentions. */
  readonly mutedWordHits: MutedWordHits;
  /** Comments whose replies are folded away (page state, not part of a link). */
  readonly collapsed: ReadonlySet<CommentKey>;
  /** Articles whose stance is hidden (off-topic, not asked for): none when left out. */
  readonly stanceHidden?: ReadonlySet<string> | undefined;
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
  readonly stanceOf: StanceOf;
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
  /**
   * A search is set and its first answer has not come (a `q=` link while the index is built): the
   * rows are every comment, since nothing is known to be filtered out, but no count of matches may
   * be stated ("159 of 159 comments", "No matching comments" were both wrong for a second).
   */
  readonly searching: boolean;
  readonly termsOf: (key: CommentKey) => readonly string[];
  readonly exportSelection: ExportSelection;
  /** Articles whose stance is hidden: a comparison leaves out that side's stance mix. */
  readonly stanceHidden: ReadonlySet<string>;
  /** Every article in scope has its stance hidden: no stance counts to filter by, no stance mix. */
  readonly stanceHiddenInScope: boolean;
}
