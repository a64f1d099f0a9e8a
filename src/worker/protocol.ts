// Messages between the page and the thread worker. Every request carries an id; every response
// names the request it answers (null only for a crash the worker cannot attribute).
import type { OpenError } from '../core/parse/open-error.ts';
import type { LearnedStance } from '../core/stance/learn-stance.ts';
import type { StanceRelevance } from '../core/stance/stance-relevance.ts';
import type { Result, StanceLabel, ThreadDocument } from '../core/types.ts';
import type { ArticleTree } from '../core/article/article-index.ts';
import type { TreeShape } from '../core/article/tree-shape.ts';
import type { ThreadLinks } from '../core/article/tree-with-replies.ts';
import type { CommentSlice } from './comment-slice.ts';
import type { RepliesWire } from './replies-wire.ts';
import type { StancesWire } from './stances-wire.ts';

/**
 * A dump to open: a seed bundled with the app (the worker imports it), a file the reader chose (its
 * bytes, read and decoded here: at 20 MB, decoding took the page 300 ms and posting the text
 * another 300, while a Blob crosses as a handle), or text (tests, the in-page engine).
 */
export type SourceRef =
  | { readonly kind: 'seed'; readonly name: string }
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly blob: Blob;
      /** The text hash the page filed it under: its cached parse is found without reading it. */
      readonly hash?: string;
    }
  | { readonly kind: 'text'; readonly name: string; readonly text: string };

/**
 * A dump the worker opened. The worker knows a dump by its text's hash only: the page gives it the
 * slug it is linked by (and keys comments by), so no slug ever goes back and forth.
 */
export interface OpenedDump {
  /** Hash of the dump's text: the cache key, and how a search or a learn names this dump. */
  readonly hash: string;
  readonly name: string;
  readonly tree: ArticleTree;
  /** Whether its stance labels mean anything (measured here: seconds of scanning at 50k). */
  readonly relevance: StanceRelevance;
}

/**
 * An opened dump as the worker posts it: its comments went ahead in `comments` messages, and the
 * page rebuilds the tree lookups from their shape. One message holding 50,000 comments and their
 * Maps took the page 1.7 s to decode, in a single task; slices of COMMENT_SLICE take tens of ms.
 */
export interface OpenedWire {
  readonly hash: string;
  readonly name: string;
  /** The document with `comments` empty. */
  readonly doc: ThreadDocument;
  readonly shape: TreeShape;
  readonly relevance: StanceRelevance;
  /** A freshly parsed dump's stances are read after its threads are shown: ask with `stances`. */
  readonly stancesPending: boolean;
  /**
   * A big flat dump comes with every comment at the top level, in page order, before anyone's
   * parent is guessed: ask for its threads with `replies` (its stances come after them).
   */
  readonly repliesPending: boolean;
}

/** ThreadLinks as the worker posts them: the replies packed (replies-wire.ts). */
export type ThreadLinksWire = Omit<ThreadLinks, 'replies'> & { readonly replies: RepliesWire };

/** Comments per `comments` message. */
export const COMMENT_SLICE = 2_000;

/** One dump's matches, named by the dump's hash; the page turns them into slug-keyed hits. */
export interface DumpHits {
  readonly hash: string;
  /**
   * Positions in the dump's `doc.comments` of the matching comments, ascending: 50,000 hits cross
   * as one typed array, not 50,000 objects to copy and collect.
   */
  readonly at: Int32Array;
}

/** A search's answer: every dump's matches and the terms the query reached (for marking). */
export interface SearchAnswer {
  readonly dumps: DumpHits[];
  readonly terms: string[];
}

/**
 * `stance`: a dump's stances, read after its threads were shown (a `stances` request's);
 * `replies`: a big flat dump's parents, guessed after its comments were shown (a `replies` request's).
 */
export type ProgressStage = 'load' | 'parse' | 'index' | 'replies' | 'stance';

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly stage: ProgressStage;
}

export type WorkerRequest =
  | { readonly type: 'open'; readonly id: number; readonly source: SourceRef }
  | {
      readonly type: 'search';
      readonly id: number;
      readonly query: string;
      /** The text hashes of the dumps to search, in the order their hits should come. */
      readonly hashes: readonly string[];
    }
  /** Cancels request `id`; a cancelled open answers with an OpenError of code `cancelled`. */
  | { readonly type: 'cancel'; readonly id: number }
  /**
   * Trains the stance model on the reader's labels of one opened dump (comment id → label) and
   * answers with the labels it learned for that dump's other comments.
   */
  | {
      readonly type: 'learn';
      readonly id: number;
      readonly hash: string;
      readonly labels: readonly (readonly [string, StanceLabel])[];
    }
  /**
   * The stances of an opened dump whose threads came with `stancesPending`, once read; `progress`
   * messages (stage `stance`) tell how the reading goes meanwhile.
   */
  | { readonly type: 'stances'; readonly id: number; readonly hash: string }
  /**
   * The threads of an opened dump that came with `repliesPending`, once its parents are guessed
   * (`threads`; `progress` messages, stage `replies`, meanwhile).
   */
  | { readonly type: 'replies'; readonly id: number; readonly hash: string }
  /** Drops a removed dump's parse and indexes, cached or saved; no reply. */
  | { readonly type: 'forget'; readonly id: number; readonly hash: string };

export type WorkerResponse =
  | ({ readonly type: 'progress'; readonly id: number } & Progress)
  /**
   * The next slice of the comments of the dump request `id` opened, in order, before `opened`
   * (comment-slice.ts): the page decodes each slice in a task of its own. Structured clones of the
   * comments were decoded as they arrived, several slices to a task.
   */
  | { readonly type: 'comments'; readonly id: number; readonly slice: CommentSlice }
  | {
      readonly type: 'opened';
      readonly id: number;
      readonly result: Result<OpenedWire, OpenError>;
    }
  | { readonly type: 'hits'; readonly id: number; readonly answer: SearchAnswer }
  /** Who answers whom in a dump whose comments the page has (tree-with-replies.ts). */
  | { readonly type: 'threads'; readonly id: number; readonly links: ThreadLinksWire }
  /** Every comment's stance in page order (stances-wire.ts). */
  | { readonly type: 'stances'; readonly id: number; readonly stances: StancesWire }
  /** Comment id → learned label, only where the model changed the machine's label. */
  | {
      readonly type: 'learned';
      readonly id: number;
      readonly learned: readonly (readonly [string, LearnedStance])[];
    }
  /**
   * A search dropped unanswered: a newer search arrived (the page asks one question at a time, so
   * the newest supersedes the rest) or it was cancelled. The client rejects it as an AbortError.
   */
  | { readonly type: 'superseded'; readonly id: number }
  /** An exception: reported, never swallowed. */
  | { readonly type: 'error'; readonly id: number | null; readonly message: string };
