/** Placeholder rows the size of real ones, so the page does not jump when the comments arrive. */
export function Skeleton() {
  return (
    <div aria-hidden="true" className="animate-pulse space-y-6 pt-6">
      <div className="h-6 w-3/4 rounded bg-slate-200 dark:bg-slate-700" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="space-y-2" style={{ paddingLeft: `${i % 3}rem` }}>
          <div className="h-4 w-40 rounded bg-slate-200 dark:bg-slate-700" />
          <div className="h-4 w-full max-w-[70ch] rounded bg-slate-200 dark:bg-slate-700" />
          <div className="h-4 w-2/3 max-w-[50ch] rounded bg-slate-200 dark:bg-slate-700" />
        </div>
      ))}
    </div>
  );
}
