import type { ReplyInfo } from '../../core/types.ts';
import { isolate } from '../../shared/text/isolate.ts';

/**
 * Below this a guessed parent is flagged on the comment itself ("guessed", a dashed thread line);
 * above, only the stance popover says it. 0.6 is where the inference's cues split: naming, @-ing,
 * quoting or answering the parent score 0.6–0.97 (each 1.00 precise on the held-out dumps, README
 * "Reply inference"), while pulling a comment into a thread scores 0.3 (the one held-out error) and
 * a short reaction 0.45–0.56 (1 of 2 right on the seed): a guess, not a fact.
 */
export const LOW_REPLY_CONFIDENCE = 0.6;

/** An inferred parent too weak to draw as a fact: the reply gets "guessed" and a dashed line. */
export function isWeakGuess(reply: ReplyInfo | null | undefined): boolean {
  return reply?.inferred === true && reply.confidence < LOW_REPLY_CONFIDENCE;
}

/**
 * A quiet "guessed" beside a reply whose parent was a weak guess, so nobody mistakes it for a fact;
 * the reason and the confidence are in its title and read out to screen readers.
 */
export function InferredMark({ reply }: { reply: ReplyInfo }) {
  if (!isWeakGuess(reply)) return null;
  const percent = Math.round(reply.confidence * 100);
  const tail = `, ${percent}% sure; its thread line is dashed`;
  const detail = ` reply: ${reply.reason}${tail}`;
  return (
    <span
      title={`Guessed reply: ${isolate(reply.reason)}${tail}`}
      data-testid="guessed-reply"
      className="text-xs text-slate-600 italic dark:text-slate-400"
    >
      guessed<span className="sr-only">{detail}</span>
    </span>
  );
}
