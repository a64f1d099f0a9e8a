import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { LearnedStance } from '../../core/stance/learn-stance.ts';
import type { ReplyInfo, Stance, StanceLabel } from '../../core/types.ts';
import { STANCE_BORDER, STANCE_NAMES, STANCE_SWATCH } from '../../shared/stance-palette.ts';
import { defaultStanceUndo, type StanceUndoStore } from './stance-undo.ts';

// The popover (reasons, the reader's label) loads on the first click: not part of the first view.
const StancePopover = lazy(() =>
  import('./StancePopover.tsx').then((m) => ({ default: m.StancePopover })),
);

export interface StanceBadgeProps {
  readonly stance: Stance;
  /** The reader's label, or null when the machine's stands. */
  readonly override: StanceLabel | null;
  readonly onOverride: (label: StanceLabel | null) => void;
  /** The label learned from the reader's other labels, or null where the machine's stands. */
  readonly learned?: LearnedStance | null;
  /** The comment's author, to name the comment in the undo notice (null: Anonymous). */
  readonly author?: string | null;
  /** How the comment's parent was found; a guessed one is explained in the popover. */
  readonly reply?: ReplyInfo | null;
  readonly undoStore?: StanceUndoStore;
}

const labelText = (label: StanceLabel | null, machine: StanceLabel) =>
  label === null ? `${STANCE_NAMES[machine]}, the machine’s` : STANCE_NAMES[label];

/**
 * A comment's stance as one quiet badge: the label (marked "yours" when the reader set it) that
 * opens a popover with the machine's reasons and the reader's own label. A change can be undone
 * from a notice that outlives the comment (StanceUndoToast), as a filter may hide it at once.
 */
export function StanceBadge({
  stance,
  override,
  onOverride,
  learned = null,
  author = null,
  reply = null,
  undoStore = defaultStanceUndo,
}: StanceBadgeProps) {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLButtonElement>(null);
  const taught = override === null ? learned : null;
  const label = override ?? taught?.label ?? stance.label;
  const mine = override !== null;

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) anchor.current?.focus();
  }, []);

  const choose = (next: StanceLabel | null) => {
    close(true);
    if (next === override) return;
    const previous = override;
    undoStore.push(
      {
        kind: 'one',
        author,
        now: labelText(next, stance.label),
        was: labelText(previous, stance.label),
      },
      () => onOverride(previous),
    );
    onOverride(next);
  };

  return (
    <span className="inline-flex" data-stance={label}>
      <button
        ref={anchor}
        type="button"
        aria-haspopup="dialog"
        // Only while open: LINKS.md's collapse toggle is *the* button[aria-expanded] of a comment,
        // and pages and tests find it by that. aria-haspopup still announces the dialog.
        aria-expanded={open ? true : undefined}
        onClick={() => setOpen((o) => !o)}
        title="Stance: why, and your own label"
        className={`inline-flex min-h-6 items-center gap-1 rounded-full border px-2 text-xs leading-none font-medium text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 ${STANCE_BORDER[label]}`}
      >
        <span aria-hidden="true" className={`h-2 w-2 rounded-full ${STANCE_SWATCH[label]}`} />
        <span data-testid="stance-label">
          {STANCE_NAMES[label]}
          {mine && <span className="font-normal italic"> · yours</span>}
          {taught !== null && <span className="font-normal italic"> · learned</span>}
        </span>
        <span className="sr-only">, stance details</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <StancePopover
            anchor={anchor}
            stance={stance}
            override={override}
            learned={taught}
            reply={reply}
            onChoose={choose}
            onClose={close}
          />
        </Suspense>
      )}
    </span>
  );
}
