import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Row } from '../../core/view/view-types.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import type { Placement } from './scroll-into-place.ts';
import type { ThreadListHandle } from './ThreadList.tsx';

interface Request {
  readonly key: CommentKey;
  readonly place: Partial<Placement> & { focus?: boolean };
}

/**
 * A jump that may have to wait for its row: opening the folds above a comment re-projects the rows
 * on the next render, and only then can the list scroll to it. A request waits for that render.
 */
export function useScrollRequest(
  listRef: RefObject<ThreadListHandle | null>,
  rows: readonly Row[],
): (key: CommentKey, place?: Request['place']) => void {
  const [pending, setPending] = useState<Request | null>(null);
  useEffect(() => {
    if (pending === null) return;
    if (listRef.current?.scrollToKey(pending.key, pending.place) === true) setPending(null);
  }, [pending, rows, listRef]);
  return useCallback((key, place = {}) => setPending({ key, place }), []);
}
