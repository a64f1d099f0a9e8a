// The shapes shared by the whole core. The JSON shape is the contract of ../shared/THREAD_JSON.md:
// fields may be added, none renamed or dropped.

export type DumpFormat = 'nyt' | 'indented';

export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export type ParseErrorCode = 'empty' | 'binary' | 'unknown-layout' | 'malformed';

/** A typed error, never an exception: `line` is 1-based, null when the error is about the whole input. */
export interface ParseError {
  readonly code: ParseErrorCode;
  readonly message: string;
  readonly line: number | null;
}

export interface ArticleMeta {
  readonly title: string;
  readonly subtitle: string | null;
  /** ISO `YYYY-MM-DD` when the dump states a date. */
  readonly date: string | null;
  readonly declaredCommentCount: number | null;
  readonly byline: string | null;
  readonly body: string | null;
  /** The author's bio under the byline (indented layout), kept so no input line is lost. Added field. */
  readonly bio?: string | null;
}

/** One comment as a layout parser reads it, before ids, replies, places and stance are decided. */
export interface RawComment {
  readonly author: string | null;
  readonly rawLocation: string | null;
  /** Lines with their indentation removed, joined with "\n"; blank lines between paragraphs kept. */
  readonly body: string;
  /** Depth stated by the layout (indented); null when the layout does not state it (flat). */
  readonly depth: number | null;
  /** 1-based line of the comment's first line (header, or the bullet line) in the input. */
  readonly line: number;
}

export interface NormalizedLocation {
  readonly raw: string;
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
}

export type StanceLabel = 'support' | 'oppose' | 'neutral';

export interface Stance {
  readonly label: StanceLabel;
  /** Signed strength in [-1, 1]: positive leans support, negative leans oppose. */
  readonly score: number;
  /** Human-readable reasons that decided the label, e.g. `"talking beats war"`, `"puppet"`. */
  readonly cues: readonly string[];
}

export interface ReplyInfo {
  /** false when the layout states the parent (indentation), true when it was guessed. */
  readonly inferred: boolean;
  /** In [0, 1]. */
  readonly confidence: number;
  /** e.g. `addresses Vincent by name`. */
  readonly reason: string;
}

/** The guess `inferReplies` makes for one flat comment: null means top level. */
export type ReplyGuess = {
  readonly parentIndex: number;
  readonly confidence: number;
  readonly reason: string;
} | null;

export interface ThreadComment {
  readonly id: string;
  readonly parentId: string | null;
  readonly depth: number;
  readonly author: string | null;
  readonly location: NormalizedLocation | null;
  readonly body: string;
  readonly stance: Stance;
  readonly reply: ReplyInfo | null;
  /** 1-based line in the input where the comment starts (added field, not in the contract's example). */
  readonly line: number;
}

export interface ThreadDocument {
  readonly format: DumpFormat;
  readonly article: ArticleMeta;
  readonly comments: readonly ThreadComment[];
  readonly warnings: readonly string[];
}
