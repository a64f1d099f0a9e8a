/**
 * The page's first role="status" element (LINKS.md): "N of M comments" for the current view. While
 * loading it says so, keeping its box so nothing below it moves.
 */
export function StatusLine({
  inView,
  inScope,
  loading,
}: {
  inView: number;
  inScope: number;
  loading: string | null;
}) {
  return (
    <p
      role="status"
      className="min-h-6 text-sm font-medium text-slate-800 tabular-nums dark:text-slate-200"
    >
      {loading ?? `${inView} of ${inScope} comments`}
    </p>
  );
}
