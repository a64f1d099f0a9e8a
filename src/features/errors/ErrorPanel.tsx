export interface ErrorPanelProps {
  readonly name: string;
  /** The error's message, trimmed ('' shows none). */
  readonly detail: string;
  readonly onRetry: () => void;
  /** Offered as "Back to all comments" when there is a way back. */
  readonly onBack: (() => void) | undefined;
}

/** What ErrorBoundary shows in place of a part that failed: what failed, and ways back. */
export function ErrorPanel({ name, detail, onRetry, onBack }: ErrorPanelProps) {
  return (
    <div
      role="alert"
      className="my-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-50"
    >
      <p className="font-medium">{name} could not be shown because of an error.</p>
      {/* An error may quote a dump: its text must not turn the words after it around. */}
      {detail !== '' && (
        <p className="mt-1 break-words">
          <bdi>{detail}</bdi>
        </p>
      )}
      <p className="mt-1">The rest of the page still works.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md border border-red-400 px-2 py-0.5 font-medium hover:bg-red-100 dark:border-red-600 dark:hover:bg-red-900"
        >
          Try again
        </button>
        {onBack !== undefined && (
          <button
            type="button"
            onClick={onBack}
            className="rounded-md border border-red-400 px-2 py-0.5 font-medium hover:bg-red-100 dark:border-red-600 dark:hover:bg-red-900"
          >
            Back to all comments
          </button>
        )}
      </div>
    </div>
  );
}
