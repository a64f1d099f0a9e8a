import type { ThreadComment, ThreadDocument } from '../types.ts';

/** A parsed article with the tree lookups built once (in the worker), never per render. */
export interface ArticleIndex {
  readonly slug: string;
  readonly doc: ThreadDocument;
  readonly byId: ReadonlyMap<string, ThreadComment>;
  /** Child ids in page order; the `null` key holds the top-level comments. */
  readonly children: ReadonlyMap<string | null, readonly string[]>;
  /** Number of comments below each comment, all depths. */
  readonly descendantCount: ReadonlyMap<string, number>;
}
