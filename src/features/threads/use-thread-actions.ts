import { useMemo } from 'react';
import { parentKey } from '../../core/article/parent-key.ts';
import { normalizeAuthor } from '../../core/article/normalize-author.ts';
import type { DerivedView } from '../../core/view/derived-view.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import type { ThreadContextValue } from './thread-context.ts';

export interface ThreadActionsInput {
  readonly derived: DerivedView;
  /** The comment carrying aria-current. */
  readonly markedKey: CommentKey | null;
  readonly mutes: {
    readonly keys: ReadonlySet<string>;
    mute(name: string): void;
    unmute(name: string): void;
    unmuteWord(word: string): void;
  };
  readonly folds: { toggle(key: CommentKey): void; collapse(key: CommentKey): void };
  jump(key: CommentKey, place: { align: 'auto'; focus: true }): void;
  /** Opens, scrolls to and marks a comment (a hit, a parent). */
  goTo(key: CommentKey): void;
  copyLink(id: string): void;
  announce(message: string): void;
  navigate(next: ViewState): void;
  setActive(key: CommentKey | null): void;
  renderStance: ThreadContextValue['renderStance'];
}

/** What every row can do, given to the rows once through ThreadContext. */
export function useThreadActions(input: ThreadActionsInput): ThreadContextValue {
  const { derived, markedKey, mutes, folds, jump, goTo, copyLink, announce } = input;
  const { navigate: go, setActive, renderStance } = input;
  const { articlesBySlug, termsOf, view, mutedWordOf } = derived;
  const { keys: mutedKeys, mute, unmute, unmuteWord } = mutes;
  return useMemo<ThreadContextValue>(
    () => ({
      articles: articlesBySlug,
      currentKey: markedKey,
      threadShown: view.thread !== null,
      termsOf,
      isMuted: (author) => mutedKeys.has(normalizeAuthor(author)),
      mutedWordOf,
      onToggle: folds.toggle,
      onCollapseAncestor: (key) => {
        folds.collapse(key);
        jump(key, { align: 'auto', focus: true });
      },
      onCopyLink: (_slug, id) => copyLink(id),
      onParent: (key) => {
        const parent = parentKey(articlesBySlug, key);
        if (parent !== null) goTo(parent);
      },
      onMute: (author) => {
        mute(author);
        announce(`Muted ${author}`);
      },
      onUnmute: unmute,
      onUnmuteWord: unmuteWord,
      onAuthor: (author) => go({ ...view, author, comment: null }),
      onThread: (_slug, id) => go({ ...view, thread: id, comment: id }),
      onActivate: setActive,
      renderStance,
    }),
    [
      articlesBySlug,
      markedKey,
      termsOf,
      mutedKeys,
      folds,
      jump,
      copyLink,
      goTo,
      mute,
      unmute,
      unmuteWord,
      mutedWordOf,
      announce,
      go,
      view,
      setActive,
      renderStance,
    ],
  );
}
