import type { ArticleMeta, ReplyGuess } from '../types.ts';
import { replyGuesser, type FlatCommentInput } from './reply-guesser.ts';

/**
 * Guesses who answers whom in a flat dump, where the page showed each top-level comment followed by
 * its replies but the dump lost the nesting. Candidates are the current thread (since the last
 * top-level comment), scored by the cues people leave; the best above a threshold becomes the
 * parent, otherwise the comment starts a new thread.
 */
export function inferReplies(
  comments: readonly FlatCommentInput[],
  article: ArticleMeta,
  /** Told the index of each comment as its parent is sought: how far the guessing has got. */
  onComment?: (index: number) => void,
): ReplyGuess[] {
  const guesser = replyGuesser(comments, article);
  guesser.guess(0, comments.length, onComment);
  return [...guesser.guesses];
}
