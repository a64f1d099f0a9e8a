import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { plural } from '../../core/text/plural.ts';
import type { LoadedArticle } from '../data/index.ts';
import { slugAssignments } from '../library/index.ts';
import type { OverrideStore } from './override-store.ts';
import { STANCE_NAMES } from '../../shared/stance-palette.ts';
import { defaultStanceUndo, type StanceUndoStore } from './stance-undo.ts';
import { useStanceOverrides } from './use-stance-overrides.ts';
import { commentHref, yourLabelRows, type YourLabelRow } from './your-label-rows.ts';
import { handleModalKey } from '../../shared/modal-keys.ts';

export interface YourLabelsDialogProps {
  /** The open dumps: labels are kept by text hash, each shown with its dump's slug. */
  readonly loaded: readonly LoadedArticle[];
  readonly onOpenComment?: (slug: string, id: string) => void;
  readonly store?: OverrideStore;
  readonly undoStore?: StanceUndoStore;
  onClose(): void;
}

const BUTTON =
  'min-h-8 rounded border border-slate-300 px-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** The modal list behind "Your labels": Tab stays inside, Escape or Close leaves. */
export function YourLabelsDialog(props: YourLabelsDialogProps) {
  const { loaded, onOpenComment, onClose, undoStore = defaultStanceUndo } = props;
  const { overrides, setOverride, waiting } = useStanceOverrides(props.store);
  const rows = useMemo(
    () => yourLabelRows(overrides, loaded, (hash) => slugAssignments.slugOf(hash)),
    [overrides, loaded],
  );
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  // The "Reset all" button gives way to the question: focus goes to its safe answer.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const remove = (row: YourLabelRow) => {
    setOverride(row.key, null);
    undoStore.push(
      {
        kind: 'one',
        author: row.author,
        now: row.machine === null ? 'the machine’s' : `${STANCE_NAMES[row.machine]}, the machine’s`,
        was: STANCE_NAMES[row.yours],
      },
      () => setOverride(row.key, row.yours),
    );
  };
  const resetAll = () => {
    const saved = [...overrides];
    for (const [key] of saved) setOverride(key, null);
    undoStore.push({ kind: 'all', count: saved.length }, () => {
      for (const [key, label] of saved) setOverride(key, label);
    });
    setConfirming(false);
    closeRef.current?.focus();
  };
  const open = (row: YourLabelRow) => (e: MouseEvent) => {
    const { slug } = row;
    if (onOpenComment === undefined || slug === null) return;
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onClose();
    onOpenComment(slug, row.id);
  };
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-950/50 p-2 sm:p-6">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby="your-labels-title"
        onKeyDown={(e) => handleModalKey(e, ref.current, onClose)}
        className="w-full max-w-lg rounded-lg bg-white p-4 text-slate-900 shadow-xl dark:bg-slate-800 dark:text-slate-100"
      >
        <div className="flex items-start justify-between gap-2">
          <h2 id="your-labels-title" className="text-lg font-semibold">
            Your labels
          </h2>
          <button ref={closeRef} type="button" onClick={onClose} className={BUTTON}>
            Close
          </button>
        </div>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {rows.length === 0
            ? 'You have not relabelled any comment. Open a comment’s stance badge to set your own label.'
            : `${plural(rows.length, 'comment')} you relabelled. Your label counts in filters, stats and exports.`}
        </p>
        {waiting > 0 && (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {`${plural(waiting, 'label')} saved by an earlier version of the app ${waiting === 1 ? 'waits' : 'wait'} for ${waiting === 1 ? 'its' : 'their'} article: opening that dump again brings ${waiting === 1 ? 'it' : 'them'} back.`}
          </p>
        )}
        {rows.length > 0 && (
          <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-700">
            {rows.map((row) => (
              <li key={row.key} className="flex items-start gap-2 py-2 text-sm">
                <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                  <a
                    href={commentHref(row.slug, row.id)}
                    onClick={open(row)}
                    className="font-semibold text-sky-800 underline dark:text-sky-300"
                  >
                    {row.found ? (
                      <bdi>{row.author ?? 'Anonymous'}</bdi>
                    ) : (
                      `Comment ${row.id} (not loaded)`
                    )}
                  </a>
                  {row.excerpt !== '' && (
                    <p className="text-slate-700 dark:text-slate-300">
                      <bdi>{row.excerpt}</bdi>
                    </p>
                  )}
                  <p className="text-slate-600 dark:text-slate-400">
                    {row.machine === null ? 'Machine: ?' : `Machine: ${STANCE_NAMES[row.machine]}`}{' '}
                    →{' '}
                    <strong className="text-slate-900 dark:text-slate-100">
                      Yours: {STANCE_NAMES[row.yours]}
                    </strong>
                  </p>
                </div>
                <button
                  type="button"
                  onClick={() => remove(row)}
                  aria-label={`Remove your label for ${row.author ?? 'Anonymous'}’s comment`}
                  className={BUTTON}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        {rows.length > 0 && (
          <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3 text-sm dark:border-slate-700">
            {confirming ? (
              <>
                <span>Remove all {plural(rows.length, 'label')}?</span>
                <button type="button" onClick={resetAll} className={`${BUTTON} font-semibold`}>
                  Yes, remove all
                </button>
                <button
                  ref={keepRef}
                  type="button"
                  onClick={() => setConfirming(false)}
                  className={BUTTON}
                >
                  Keep them
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)} className={BUTTON}>
                Reset all
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
