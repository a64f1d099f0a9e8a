import { useLoadProgress } from '../features/data/index.ts';

/**
 * The page's first role="status" element (LINKS.md): "N of M comments" for the current view. While
 * loading it says so, keeping its box so nothing below it moves.
 */
export function StatusLine({
  inView,
  inScope,
  loading,
  partial = false,
  threading = false,
  searching = false,
}: {
  inView: number;
  inScope: number;
  loading: boolean;
  /**
   * Some article is still opening: the count is not final, and must not read as if it were (on a
   * slow machine the small seed opens first, and "24 of 24 comments" would be a wrong answer).
   */
  partial?: boolean;
  /** A big flat dump is shown in page order while the worker guesses who answers whom. */
  threading?: boolean;
  /** A search's first answer is on its way: how many comments match is not known yet. */
  searching?: boolean;
}) {
  return (
    <p
      role="status"
      className="min-h-6 text-sm font-medium text-slate-800 tabular-nums dark:text-slate-200"
    >
      {loading ? (
        <LoadProgressText />
      ) : searching ? (
        `Searching ${inScope} comments…`
      ) : (
        `${inView} of ${inScope} comments${threading ? ' in page order. ' : partial ? ' so far; more are loading…' : ''}`
      )}
      {threading && !loading && <LoadProgressText threading />}
    </p>
  );
}

/**
 * The only reader of the worker's progress: each step it reports re-renders these few words, not
 * the whole page (it did, with every row on screen, while a dump opened beside the seeds).
 */
function LoadProgressText({ threading = false }: { threading?: boolean }) {
  const progress = useLoadProgress();
  // The threads' own progress only: the stances' may be heard before the threads are shown.
  const after = threading ? 'replies' : progress?.after;
  const known = progress !== null && progress.total > 0 && progress.after === after;
  const what =
    after === 'stance'
      ? 'Reading stances…'
      : after === 'replies'
        ? 'Finding who answers whom…'
        : 'Loading comments…';
  return `${what}${known ? ` ${Math.round((progress.done / progress.total) * 100)}%` : ''}`;
}
