import type { ThreadComment, ThreadDocument } from '../types.ts';

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
  /**
   * A dump's threads came before its stances were read (every `stance` is UNREAD_STANCE):
   * nothing may show, count or filter by them until a tree with them read replaces this one.
   */
  readonly stancesPending?: true;
  /**
   * A big flat dump came before anyone's parent was guessed: every comment is at the top level, in
   * page order, until a tree with its threads replaces this one (its stances come after that).
   */
  readonly repliesPending?: true;
}

/** An article as the page shows it: its tree and the slug the page gave it (links, keys). */
export interface ArticleIndex extends ArticleTree {
  readonly slug: string;
}
