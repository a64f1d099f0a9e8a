import { useEffect, useRef, type RefObject } from 'react';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { saveAnchor, type Anchor } from '../../shared/scroll-anchor.ts';
import type { ThreadListHandle } from './ThreadList.tsx';

export interface LandingInput {
  /** Changes with every arrival at a view (link, filter, Back…); `anchor` is the saved place. */
  readonly arrival: { readonly seq: number; readonly kind: string; readonly anchor: Anchor | null };
  /** The data and the search hits the view depends on are all here. */
  readonly ready: boolean;
  /** The `comment=` target, when it is in view. */
  readonly targetKey: CommentKey | null;
  readonly listRef: RefObject<ThreadListHandle | null>;
  /** Opens the folds above the target, once. */
  reveal(key: CommentKey): void;
  jump(key: CommentKey, place: { offset?: number; align?: 'start'; focus?: boolean }): void;
}

// Saving the place on every scroll event would flood the history API; the last one counts.
const SAVE_DELAY_MS = 150;

/**
 * LINKS.md's landing rules: a new view starts at its top or at its `comment=` target (author line
 * under the header), once its data and hits are there; Back, Forward and reload return to the place
 * the reader had in that history entry, saved as the row at the top of the screen.
 */
export function useLanding(input: LandingInput): void {
  const { arrival, ready, targetKey, listRef, reveal, jump } = input;
  const landed = useRef(-1);

  useEffect(() => {
    if (!ready || landed.current === arrival.seq) return;
    landed.current = arrival.seq;
    const anchor = arrival.kind === 'pop' || arrival.kind === 'load' ? arrival.anchor : null;
    if (anchor !== null) {
      jump(anchor.key, { offset: anchor.offset });
    } else if (targetKey !== null) {
      reveal(targetKey);
      jump(targetKey, { align: 'start' });
    } else if (listRef.current === null) {
      window.scrollTo(0, 0);
    } else {
      listRef.current.toTop();
    }
  }, [ready, arrival, targetKey, reveal, jump, listRef]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (landed.current !== arrival.seq) return;
        const anchor = listRef.current?.topAnchor() ?? null;
        if (anchor !== null) saveAnchor(anchor);
      }, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [arrival.seq, listRef]);
}
