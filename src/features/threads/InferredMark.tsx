import type { ReplyInfo } from '../../core/types.ts';

/** Says a reply's parent was guessed, why and how sure, so nobody mistakes the guess for a fact. */
export function InferredMark({ reply }: { reply: ReplyInfo }) {
  const percent = Math.round(reply.confidence * 100);
  return (
    <span className="inline-flex items-center gap-1 rounded border border-dashed border-slate-400 px-1.5 text-xs text-slate-700 dark:border-slate-500 dark:text-slate-300">
      inferred reply · {reply.reason} · {percent}%
    </span>
  );
}
