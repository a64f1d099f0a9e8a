import { useEffect, useRef, useSyncExternalStore } from 'react';
import { plural } from '../../core/text/plural.ts';
import { defaultStanceUndo, type StanceUndoStore } from './stance-undo.ts';

/**
 * "Your label … Undo" after a relabel, at the bottom of the screen. It stays until the reader
 * undoes, dismisses or relabels again (no timer races a keyboard user to the button). When the
 * relabel took the comment out of the view, focus would fall to the page: it goes to Undo instead.
 * Mount once per page, after the comment count (its live region must not be the first status).
 */
export function StanceUndoToast({ store = defaultStanceUndo }: { store?: StanceUndoStore }) {
  const entry = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (entry === null) return;
    // After the popover closed and the list re-rendered: has focus lost its place?
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) undoRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [entry]);
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4"
    >
      {entry !== null && (
        <div
          data-testid="stance-undo"
          className="pointer-events-auto flex max-w-[calc(100vw-2rem)] flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-950"
        >
          <p className="min-w-0 [overflow-wrap:anywhere]">
            {entry.kind === 'all' ? (
              `Removed all your labels (${plural(entry.count, 'label')}).`
            ) : (
              <>
                {entry.author === null ? 'Anonymous' : <bdi>{entry.author}</bdi>}’s comment:{' '}
                {entry.now} (was {entry.was})
              </>
            )}
          </p>
          <span className="flex gap-1">
            <button
              ref={undoRef}
              type="button"
              onClick={() => store.undo(entry.id)}
              className="min-h-8 rounded px-2 font-semibold underline hover:bg-slate-700 dark:hover:bg-slate-300"
            >
              Undo
            </button>
            <button
              type="button"
              onClick={() => store.dismiss()}
              aria-label="Dismiss"
              className="min-h-8 min-w-8 rounded px-2 hover:bg-slate-700 dark:hover:bg-slate-300"
            >
              ×
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
