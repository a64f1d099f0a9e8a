import { DumpText } from '../../shared/text/DumpText.tsx';

/**
 * The one fold control of a comment, as Hacker News' and Reddit's "[–]": it folds the comment and
 * every reply below it into one line, and unfolds them again. It is the comment's only
 * `button[aria-expanded]` (LINKS.md), so screen readers hear "collapsed" / "expanded" on it.
 */
export function FoldButton({
  folded,
  name,
  onToggle,
}: {
  folded: boolean;
  /** The commenter, for the accessible name ("Fold Vincent's comment"). */
  name: string;
  onToggle(): void;
}) {
  const label = `${folded ? 'Unfold' : 'Fold'} ${name}’s comment`;
  return (
    <button
      type="button"
      aria-expanded={!folded}
      aria-label={label}
      title={folded ? 'Show this comment and its replies' : 'Fold this comment and its replies'}
      onClick={onToggle}
      // 24 × 24 px: the WCAG 2.2 minimum target, on a glyph that is only a few pixels wide.
      className="-ml-1 inline-flex size-6 shrink-0 items-center justify-center self-center rounded font-mono text-sm leading-none text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100"
    >
      <span aria-hidden="true">{folded ? '+' : '–'}</span>
    </button>
  );
}

/** "1 reply", or "2 replies · 5 in thread" when the replies have replies of their own. */
export function replyWords(direct: number, all: number): string {
  const words = `${direct} ${direct === 1 ? 'reply' : 'replies'}`;
  return all > direct ? `${words} · ${all} in thread` : words;
}

/**
 * What a folded comment's line says is behind it: "1 reply · 3 in thread", with "· 2 hidden" when a
 * filter already hides some of them, or "folded" when it has no replies (only its body is hidden).
 */
export function FoldedSummary({
  direct,
  inThread,
  hidden,
  body,
}: {
  direct: number;
  inThread: number;
  hidden: number;
  /** The comment's text: its start shows, cut to the line, so a folded list still reads. */
  body: string;
}) {
  return (
    <>
      <span data-testid="folded-summary" className="text-slate-600 dark:text-slate-400">
        {/* A folded comment without replies says so to screen readers; the eye sees "+". */}
        {direct === 0 ? <span className="sr-only">folded</span> : replyWords(direct, inThread)}
        {hidden > 0 && hidden !== inThread && ` · ${hidden} hidden`}
      </span>
      <span className="min-w-0 flex-[1_1_10rem] truncate text-slate-600 dark:text-slate-400">
        <DumpText>{body.slice(0, 200)}</DumpText>
      </span>
    </>
  );
}
