import type { ArticleMeta, ReplyGuess } from './types.ts';

export interface FlatCommentInput {
  readonly author: string | null;
  readonly rawLocation: string | null;
  readonly body: string;
}

// STUB: replaced by the reply-inference work (issue 2, item 3). One guess per comment, same order.
export function inferReplies(
  comments: readonly FlatCommentInput[],
  _article: ArticleMeta,
): ReplyGuess[] {
  return comments.map(() => null);
}
