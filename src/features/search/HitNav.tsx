/** "Hit 3 of 17" with previous/next buttons that move through the matching comments in page order. */
export function HitNav({
  position,
  total,
  groups,
  onPrev,
  onNext,
}: {
  /** 0-based index of the current hit, or null before the reader moved. */
  position: number | null;
  total: number;
  /** Hits per article, in the order the articles are shown. */
  groups: ReadonlyArray<{ slug: string; title: string; count: number }>;
  onPrev(): void;
  onNext(): void;
}) {
  return (
    <section
      aria-label="Search results"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
    >
      <span className="tabular-nums">
        {total === 0
          ? 'No matching comments'
          : position === null
            ? `${total} ${total === 1 ? 'hit' : 'hits'}`
            : `Hit ${position + 1} of ${total}`}
      </span>
      <button
        type="button"
        onClick={onPrev}
        disabled={total === 0}
        className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Previous hit
      </button>
      <button
        type="button"
        onClick={onNext}
        disabled={total === 0}
        className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Next hit
      </button>
      {groups.length > 0 && (
        <ul
          aria-label="Hits per article"
          // Hidden on a phone: in the sticky header it would take a quarter of the screen.
          className="flex w-full flex-wrap gap-x-3 text-slate-700 max-sm:hidden dark:text-slate-300"
        >
          {groups.map((g) => (
            <li key={g.slug}>
              <span className="font-medium">{g.count}</span> in <cite>{g.title}</cite>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
