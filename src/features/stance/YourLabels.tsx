import { lazy, Suspense, useRef, useState } from 'react';
import type { LoadedArticle } from '../data/index.ts';
import { useStanceOverrides } from './use-stance-overrides.ts';
import type { OverrideStore } from './override-store.ts';
import type { StanceUndoStore } from './stance-undo.ts';

// The list loads when first opened: not part of the first view.
const YourLabelsDialog = lazy(() =>
  import('./YourLabelsDialog.tsx').then((m) => ({ default: m.YourLabelsDialog })),
);

export interface YourLabelsProps {
  /** The open dumps (labels are kept by their text hash). */
  readonly loaded: readonly LoadedArticle[];
  /** Go to a comment inside the app (a history entry); without it the link loads the page. */
  readonly onOpenComment?: (slug: string, id: string) => void;
  readonly store?: OverrideStore;
  readonly undoStore?: StanceUndoStore;
}

/**
 * "Your labels (3)": a button that opens the list of the comments the reader relabelled, each
 * with a link to it and a remove, and "Reset all". For the header menu or the toolbar.
 */
export function YourLabels({ loaded, onOpenComment, store, undoStore }: YourLabelsProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { count } = useStanceOverrides(store);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className="min-h-8 rounded border border-slate-300 px-2 text-left text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Your labels <span className="text-slate-600 dark:text-slate-400">({count})</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <YourLabelsDialog
            loaded={loaded}
            {...(store === undefined ? {} : { store })}
            {...(undoStore === undefined ? {} : { undoStore })}
            {...(onOpenComment === undefined ? {} : { onOpenComment })}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
