import { useEffect, useSyncExternalStore } from 'react';
import {
  dismissError,
  errorReports,
  reportError,
  subscribeErrors,
  type ErrorReport,
} from './error-reports.ts';

// Chrome fires this harmless one when a virtualised list resizes inside a frame; it is not a failure.
const BENIGN = /ResizeObserver loop/;

function describe(report: ErrorReport): string {
  return report.source === 'worker'
    ? `The background worker that reads and searches comments failed: ${report.message} Reload the page to start it again.`
    : `Something went wrong on this page: ${report.message} If the page misbehaves, reload it.`;
}

function reasonText(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : 'an operation failed.';
}

/**
 * Shows, in a role="alert" list, errors reported outside React: the worker's (see watchWorker) and
 * uncaught exceptions or rejections on the page, which would otherwise only reach the console.
 */
export function ErrorReporter({ listenToPage = true }: { listenToPage?: boolean }) {
  const reports = useSyncExternalStore(subscribeErrors, errorReports, errorReports);

  useEffect(() => {
    if (!listenToPage) return;
    const onError = (e: ErrorEvent) => {
      if (!BENIGN.test(e.message)) reportError('page', e.message);
    };
    const onRejection = (e: PromiseRejectionEvent) => {
      // A cancelled fetch or search is not a failure the reader needs to hear about.
      if (e.reason instanceof DOMException && e.reason.name === 'AbortError') return;
      reportError('page', reasonText(e.reason));
    };
    globalThis.addEventListener('error', onError);
    globalThis.addEventListener('unhandledrejection', onRejection);
    return () => {
      globalThis.removeEventListener('error', onError);
      globalThis.removeEventListener('unhandledrejection', onRejection);
    };
  }, [listenToPage]);

  return (
    <div role="alert" className="empty:hidden">
      {reports.map((r) => (
        <p
          key={r.id}
          className="my-2 flex items-start gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-50"
        >
          <span className="flex-1 break-words">{describe(r)}</span>
          <button
            type="button"
            onClick={() => dismissError(r.id)}
            aria-label="Dismiss error"
            className="rounded px-1.5 hover:bg-red-100 dark:hover:bg-red-900"
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
