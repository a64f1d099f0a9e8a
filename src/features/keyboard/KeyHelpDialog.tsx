import { useEffect, useRef } from 'react';
import { handleModalKey } from '../../shared/modal-keys.ts';

export const KEYS: ReadonlyArray<readonly [string, string]> = [
  ['j', 'Next comment'],
  ['k', 'Previous comment'],
  ['h', 'Parent comment'],
  ['Shift + J', 'Next thread'],
  ['Shift + K', 'Previous thread'],
  ['Enter or Space', 'Fold or unfold the comment and its replies'],
  ['n', 'Next search hit'],
  ['Shift + N', 'Previous search hit'],
  ['/', 'Search'],
  ['?', 'Show these keys'],
  ['Escape', 'Close this dialog'],
];

/** How the search box reads what is typed (held to the search itself by its test). */
export const SEARCH_TIPS: ReadonlyArray<readonly [string, string]> = [
  ['"cease fire"', 'These words side by side, in this order'],
  ['sanc', 'Also words that begin so (from two letters)'],
  ['sactions', 'Also words a letter or two off (from four letters)'],
];

function TermList({ items }: { items: ReadonlyArray<readonly [string, string]> }) {
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      {items.map(([key, what]) => (
        <div key={key} className="contents">
          <dt>
            <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-900">
              {key}
            </kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A modal list of the keyboard shortcuts. Escape or the button closes it; focus moves into it on
 * open, stays inside (Tab wraps), and returns to where it was on close.
 */
export function KeyHelpDialog({ onClose }: { onClose(): void }) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-950/50 p-4">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="key-help-title"
        className="max-h-full w-full max-w-sm overflow-y-auto rounded-lg bg-white p-5 text-slate-900 shadow-xl dark:bg-slate-800 dark:text-slate-100"
        onKeyDown={(e) => handleModalKey(e, dialogRef.current, onClose)}
      >
        <h2 id="key-help-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <TermList items={KEYS} />
        <h3 className="mt-4 font-semibold">Search</h3>
        <TermList items={SEARCH_TIPS} />
        <button
          ref={closeRef}
          type="button"
          onClick={onClose}
          className="mt-4 rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-200 dark:text-slate-950 dark:hover:bg-white"
        >
          Close
        </button>
      </div>
    </div>
  );
}
