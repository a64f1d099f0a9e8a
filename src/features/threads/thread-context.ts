import { createContext, useContext, type ReactNode } from 'react';
import type { Stance, ThreadComment } from '../../core/types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';

/** What every rendered row needs from the page, given once instead of through each row's props. */
export interface ThreadContextValue {
  readonly articles: ReadonlyMap<string, ArticleIndex>;
  /** The comment marked with aria-current: the `comment=` target, or the hit moved to. */
  readonly currentKey: CommentKey | null;
  /** One thread is shown alone (`thread=`): a root's "Thread alone" would lead where it is. */
  readonly threadShown: boolean;
  /** Whether this commenter is muted (their comments show only as a placeholder for context). */
  isMuted(author: string): boolean;
  /** The muted word this comment mentions, or null (it then shows only as a placeholder). */
  mutedWordOf(key: CommentKey): string | null;
  /** Search terms that matched this comment, for highlighting. */
  termsOf(key: CommentKey): readonly string[];
  onToggle(key: CommentKey): void;
  /** Collapse the ancestor `key` from one of its guide lines. */
  onCollapseAncestor(key: CommentKey): void;
  onCopyLink(slug: string, id: string): void;
  /** Move to this reply's parent. */
  onParent(key: CommentKey): void;
  onMute(author: string): void;
  onUnmute(author: string): void;
  onUnmuteWord(word: string): void;
  onAuthor(author: string): void;
  onThread(slug: string, id: string): void;
  onActivate(key: CommentKey): void;
  /** `pending`: the article's stances are still being read (keep the badge's room). */
  renderStance(
    key: CommentKey,
    stance: Stance,
    comment: ThreadComment,
    pending: boolean,
  ): ReactNode;
}

export const ThreadContext = createContext<ThreadContextValue | null>(null);

export function useThreadContext(): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (value === null) throw new Error('useThreadContext outside <ThreadContext>');
  return value;
}
