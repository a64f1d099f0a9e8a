import type { ReplyInfo } from '../../core/types.ts';

/** Below this a guessed parent is flagged on the comment itself; above, only the stance popover says it. */
export const LOW_REPLY_CONFIDENCE = 0.6;

/**
 * A quiet "guessed" beside a reply whose parent was a weak guess, so nobody mistakes it for a fact;
 * the reason and the confidence are in its title and read out to screen readers.
 */
export function InferredMark({ reply }: { reply: ReplyInfo }) {
  if (!reply.inferred || reply.confidence >= LOW_REPLY_CONFIDENCE) return null;
  const percent = Math.round(reply.confidence * 100);
  const detail = ` reply: ${reply.reason}, ${percent}% sure`;
  return (
    <span
      title={`Guessed${detail}`}
      data-testid="guessed-reply"
      className="text-xs text-slate-600 italic dark:text-slate-400"
    >
      guessed<span className="sr-only">{detail}</span>
    </span>
  );
}
