import { useCallback, useState } from 'react';
import type { ViewState } from '../../core/view/view-types.ts';
import { commentLink } from './comment-link.ts';
import { copyText } from './copy-text.ts';

/**
 * Copies a comment's link in the current view. Success is announced with `announce` (a toast);
 * failure becomes `error`, an alert that shows the link so the reader can copy it by hand.
 */
export function useCopyLink(view: ViewState, announce: (message: string) => void) {
  const [error, setError] = useState<string | null>(null);
  const copyLink = useCallback(
    (id: string) => {
      const link = commentLink(window.location.origin + window.location.pathname, view, id);
      void copyText(link).then((ok) => {
        if (ok) {
          setError(null);
          announce('Link copied');
        } else {
          setError(`Could not copy the link. Select it and copy it by hand: ${link}`);
        }
      });
    },
    [view, announce],
  );
  return { copyLink, error };
}
