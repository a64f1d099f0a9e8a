import type { OpenState } from './use-open-dump.ts';
import { PRIVACY_NOTE } from './privacy-note.ts';
import { DumpText } from '../../shared/text/DumpText.tsx';
import { MessageText } from '../../shared/text/MessageText.tsx';

const SHOWN_WARNINGS = 20;

const small =
  'rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:hover:bg-slate-800';

/** Progress with Cancel, then either what went wrong (role="alert") or what was opened. */
export function OpenStatus({
  state,
  onCancel,
  onDismiss,
}: {
  state: OpenState;
  onCancel(): void;
  onDismiss(): void;
}) {
  switch (state.phase) {
    case 'idle':
      return state.note === null ? null : (
        <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
          <MessageText text={state.note} />
        </p>
      );
    case 'reading':
    case 'parsing': {
      const pct =
        state.phase === 'parsing' && state.total > 0
          ? Math.round((state.done / state.total) * 100)
          : null;
      return (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <label htmlFor="open-progress">
            {state.phase === 'reading' ? 'Reading' : 'Parsing'} “<DumpText>{state.name}</DumpText>”
          </label>
          <progress id="open-progress" max={100} value={pct ?? undefined} className="h-2 w-48">
            {pct === null ? '' : `${pct}%`}
          </progress>
          {pct !== null && <span className="tabular-nums">{pct}%</span>}
          <button type="button" className={small} onClick={onCancel}>
            Cancel
          </button>
        </div>
      );
    }
    case 'failed':
      return (
        <div
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">
            Could not open “<DumpText>{state.name}</DumpText>”.
          </p>
          <p className="mt-1">
            <MessageText text={state.error.message} />
          </p>
          {state.error.firstLines !== undefined && state.error.firstLines.length > 0 && (
            <pre className="mt-2 overflow-x-auto rounded bg-white/70 p-2 font-mono text-xs whitespace-pre-wrap dark:bg-black/30">
              {state.error.firstLines.join('\n')}
            </pre>
          )}
          <p className="mt-1">The discussions already open are unchanged.</p>
          <button type="button" className={`${small} mt-2`} onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      );
    case 'opened': {
      const { summary } = state;
      return (
        <div
          aria-live="polite"
          className="rounded border border-slate-300 p-3 text-sm dark:border-slate-600"
        >
          <p>
            Opened “<DumpText>{summary.title}</DumpText>” from <DumpText>{state.name}</DumpText>:{' '}
            {summary.comments} comment
            {summary.comments === 1 ? '' : 's'}.
          </p>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{PRIVACY_NOTE}</p>
          {summary.warnings.length > 0 && (
            <details className="mt-2" open={summary.warnings.length <= 5}>
              {/* As tall as a target must be (WCAG 2.5.8): a line of small text is 20 px. */}
              <summary className="min-h-6">
                {summary.warnings.length} warning{summary.warnings.length === 1 ? '' : 's'} while
                reading
              </summary>
              <ul className="mt-1 list-disc pl-5">
                {summary.warnings.slice(0, SHOWN_WARNINGS).map((w, i) => (
                  <li key={i}>
                    <MessageText text={w} />
                  </li>
                ))}
                {summary.warnings.length > SHOWN_WARNINGS && (
                  <li>and {summary.warnings.length - SHOWN_WARNINGS} more</li>
                )}
              </ul>
            </details>
          )}
          <button type="button" className={`${small} mt-2`} onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      );
    }
    default:
      return state satisfies never;
  }
}
