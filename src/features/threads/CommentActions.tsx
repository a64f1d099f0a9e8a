import type { Row } from '../../core/view/view-types.ts';
import { isolate } from '../../shared/text/isolate.ts';
import { useThreadContext } from './thread-context.ts';

type CommentRow = Extract<Row, { kind: 'comment' }>;

export const FOOT_BUTTON =
  'inline-flex min-h-6 min-w-6 items-center rounded px-1.5 text-slate-700 hover:bg-slate-100 hover:underline dark:text-slate-300 dark:hover:bg-slate-800';

/** The quiet action line under an unfolded comment: Parent, Copy link, Thread alone, Mute. */
export function CommentActions({
  row,
  author,
  parentName,
  muted,
}: {
  row: CommentRow;
  author: string | null;
  /** The parent's author ("Anonymous" when it has none), or null for a top-level comment. */
  parentName: string | null;
  muted: boolean;
}) {
  const ctx = useThreadContext();
  return (
    <footer className="mt-1 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
      {row.depth > 0 && (
        <button
          type="button"
          onClick={() => ctx.onParent(row.key)}
          title={
            parentName === null
              ? 'Go to the comment this replies to'
              : `In reply to ${isolate(parentName)}`
          }
          className={FOOT_BUTTON}
        >
          Parent
        </button>
      )}
      <button
        type="button"
        onClick={() => ctx.onCopyLink(row.slug, row.id)}
        className={FOOT_BUTTON}
      >
        Copy link
      </button>
      {row.depth === 0 && row.replyCount > 0 && (
        <button
          type="button"
          onClick={() => ctx.onThread(row.slug, row.id)}
          className={FOOT_BUTTON}
        >
          Thread alone
        </button>
      )}
      {author !== null && !muted && (
        <button
          type="button"
          aria-label={`Mute ${author}`}
          title="Hide this commenter's comments (kept in this browser)"
          onClick={() => ctx.onMute(author)}
          className={`${FOOT_BUTTON} ml-auto`}
        >
          Mute
        </button>
      )}
    </footer>
  );
}
