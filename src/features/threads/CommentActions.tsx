import type { ButtonHTMLAttributes } from 'react';
import type { Row } from '../../core/view/view-types.ts';
import { isolate } from '../../shared/text/isolate.ts';
import { useThreadContext } from './thread-context.ts';

type CommentRow = Extract<Row, { kind: 'comment' }>;

const FOOT_BUTTON =
  'inline-flex min-h-6 min-w-6 items-center rounded px-1.5 text-slate-700 hover:bg-slate-100 hover:underline dark:text-slate-300 dark:hover:bg-slate-800';

/** A quiet text button of a comment's foot (24 px at least, WCAG 2.2's target size). */
export function FootButton({ className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" {...props} className={`${FOOT_BUTTON} ${className}`} />;
}

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
        <FootButton
          onClick={() => ctx.onParent(row.key)}
          title={
            parentName === null
              ? 'Go to the comment this replies to'
              : `In reply to ${isolate(parentName)}`
          }
        >
          Parent
        </FootButton>
      )}
      <FootButton onClick={() => ctx.onCopyLink(row.slug, row.id)}>Copy link</FootButton>
      {row.depth === 0 && row.replyCount > 0 && !ctx.threadShown && (
        <FootButton onClick={() => ctx.onThread(row.slug, row.id)}>Thread alone</FootButton>
      )}
      {author !== null && !muted && (
        <FootButton
          aria-label={`Mute ${author}`}
          title="Hide this commenter's comments (kept in this browser)"
          onClick={() => ctx.onMute(author)}
          className="ml-auto"
        >
          Mute
        </FootButton>
      )}
    </footer>
  );
}
