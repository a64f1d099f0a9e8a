import type { ViewNotice } from '../core/view/view-types.ts';
import { MessageText } from '../shared/text/MessageText.tsx';

/**
 * What the link held that was ignored. Not a live region: the count must stay the first status, and
 * these need no action; each can be dismissed.
 */
export function NoticeArea({
  notices,
  onDismiss,
}: {
  notices: readonly ViewNotice[];
  onDismiss(notice: ViewNotice): void;
}) {
  if (notices.length === 0) return null;
  return (
    <section
      aria-label="Link notices"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <ul className="space-y-1">
        {notices.map((n) => (
          <li key={`${n.param}:${n.message}`} className="flex items-start gap-2">
            <span className="min-w-0 flex-1">
              <MessageText text={n.message} />
            </span>
            <button
              type="button"
              onClick={() => onDismiss(n)}
              aria-label={`Dismiss: ${n.message}`}
              className="rounded px-1.5 hover:bg-amber-100 dark:hover:bg-amber-900"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
