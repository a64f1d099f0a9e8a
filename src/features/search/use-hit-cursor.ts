import { useState } from 'react';
import type { CommentKey } from '../../core/article/comment-key.ts';

/**
 * "Hit n of N": the position in the search's hits (page order, whatever is folded). A new search
 * starts before its first hit; `go` opens, scrolls to and marks the hit.
 */
export function useHitCursor(
  hitKeys: readonly CommentKey[],
  q: string,
  go: (key: CommentKey) => void,
) {
  const [at, setAt] = useState<{ q: string; pos: number } | null>(null);
  const position = at !== null && at.q === q ? at.pos : null;
  const step = (delta: 1 | -1) => {
    const n = hitKeys.length;
    if (n === 0) return;
    const pos = position === null ? (delta === 1 ? 0 : n - 1) : (position + delta + n) % n;
    const key = hitKeys[pos];
    if (key === undefined) return;
    setAt({ q, pos });
    go(key);
  };
  return { position, next: () => step(1), prev: () => step(-1) };
}
