import { useEffect, useRef, type ReactNode } from 'react';
import { firstFocusable, handleModalKey } from '../shared/modal-keys.ts';

/**
 * The filters as a bottom sheet on a phone: a modal dialog over the comments, closed by Done,
 * Escape or a tap on the dimmed page, focus returning to the button that opened it. Wide screens
 * never see it: their filters stay in the sidebar.
 */
export function FilterSheet({ onClose, children }: { onClose(): void; children: ReactNode }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    firstFocusable(panel.current)?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      className="fixed inset-0 z-50 flex items-end bg-slate-950/50 md:hidden"
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby="filter-sheet-title"
        className="max-h-[85dvh] w-full overflow-y-auto rounded-t-xl bg-white p-4 pb-6 text-slate-900 shadow-xl dark:bg-slate-800 dark:text-slate-100"
        onKeyDown={(e) => handleModalKey(e, panel.current, onClose)}
      >
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 id="filter-sheet-title" className="text-base font-semibold">
            Articles and filters
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="min-h-8 rounded-md bg-slate-800 px-3 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-200 dark:text-slate-900 dark:hover:bg-slate-300"
          >
            Done
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
