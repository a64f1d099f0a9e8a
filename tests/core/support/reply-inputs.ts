import type { FlatCommentInput } from '../../../src/core/replies/reply-guesser.ts';
import type { ArticleMeta } from '../../../src/core/types.ts';

/** An article as a flat dump's header gives it: a title, and a body when the dump has one. */
export const articleTitled = (title: string, body: string | null = null): ArticleMeta => ({
  title,
  subtitle: null,
  date: null,
  declaredCommentCount: null,
  byline: null,
  body,
});

/** A flat dump's comment before its parent is guessed. */
export const flatComment = (author: string, body: string): FlatCommentInput => ({
  author,
  rawLocation: null,
  body,
});
