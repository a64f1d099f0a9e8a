// Shapes of the reader's view, shared by the URL code, the row projection, the worker and React.
import type { StanceLabel, ThreadComment, ThreadDocument } from '../types.ts';

export type SortOrder = 'page' | 'replies' | 'longest';

/** Which view the page shows (`view=` in the URL); every filter applies to both. */
export type ViewMode = 'comments' | 'stats';

/** Everything ../shared/LINKS.md puts in the URL (plus `sort`, an added parameter). */
export interface ViewState {
  readonly article: string | null;
  readonly q: string;
  /** Empty means every label. */
  readonly stance: readonly StanceLabel[];
  readonly loc: string | null;
  readonly author: string | null;
  readonly thread: string | null;
  readonly comment: string | null;
  readonly sort: SortOrder;
  readonly mode: ViewMode;
  /** Two article slugs shown side by side (`compare=a,b`), or null. */
  readonly compare: readonly [string, string] | null;
}

export const EMPTY_VIEW: ViewState = {
  article: null,
  q: '',
  stance: [],
  loc: null,
  author: null,
  thread: null,
  comment: null,
  sort: 'page',
  mode: 'comments',
  compare: null,
};

/** Something in the URL that was ignored, shown to the reader. */
export interface ViewNotice {
  readonly param: string;
  readonly message: string;
}

/** `${slug}/${id}`: a comment's key across articles (ids are unique within one article). */
export type CommentKey = string;

/**
 * A parsed article with the tree lookups built once (in the worker), never per render. The worker
 * knows a dump by its text's hash only; the page names it by a slug (ArticleIndex).
 */
export interface ArticleTree {
  readonly doc: ThreadDocument;
  readonly byId: ReadonlyMap<string, ThreadComment>;
  /** Child ids in page order; the `null` key holds the top-level comments. */
  readonly children: ReadonlyMap<string | null, readonly string[]>;
  /** Number of comments below each comment, all depths. */
  readonly descendantCount: ReadonlyMap<string, number>;
}

/** An article as the page shows it: its tree and the slug the page gave it (links, keys). */
export interface ArticleIndex extends ArticleTree {
  readonly slug: string;
}

/** One visible line of the thread view. React maps these; it never walks the tree. */
export type Row =
  | {
      readonly kind: 'article';
      readonly key: string;
      readonly depth: 0;
      readonly slug: string;
      /** Comments of this article in view. */
      readonly count: number;
    }
  | {
      readonly kind: 'comment';
      readonly key: CommentKey;
      readonly depth: number;
      readonly slug: string;
      readonly id: string;
      /** Direct replies in the document. */
      readonly replyCount: number;
      readonly collapsed: boolean;
      /** Comments hidden below it by the collapse (all depths). */
      readonly hiddenCount: number;
      /** An ancestor kept for context that does not itself match the search or filters. */
      readonly dimmed: boolean;
    };
