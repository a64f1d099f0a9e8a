import type { ViewState } from '../../core/view/view-types.ts';

/** The view without any search or filter: same article, sort and view, everything in it. */
export function clearedView(view: ViewState): ViewState {
  return { ...view, q: '', stance: [], loc: null, author: null, thread: null, comment: null };
}

/**
 * Chips for the search and the filters in force, each with a button that removes it, and
 * "Clear all" (LINKS.md) while any is set.
 */
export function ActiveFilters({
  view,
  onChange,
}: {
  view: ViewState;
  onChange(next: ViewState): void;
}) {
  const chips: Array<{ key: string; label: string; value: string; clear: ViewState }> = [];
  if (view.q.trim() !== '')
    chips.push({
      key: 'q',
      label: 'Search',
      value: view.q,
      clear: { ...view, q: '', comment: null },
    });
  if (view.stance.length > 0)
    chips.push({
      key: 'stance',
      label: 'Stance',
      value: view.stance.join(', '),
      clear: { ...view, stance: [], comment: null },
    });
  if (view.author !== null)
    chips.push({
      key: 'author',
      label: 'By',
      value: view.author,
      clear: { ...view, author: null },
    });
  if (view.loc !== null)
    chips.push({ key: 'loc', label: 'In', value: view.loc, clear: { ...view, loc: null } });
  if (view.thread !== null)
    chips.push({ key: 'thread', label: 'One thread', value: '', clear: { ...view, thread: null } });
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="flex min-w-0 flex-wrap gap-2">
        {chips.map((chip) => {
          const name = chip.value === '' ? chip.label : `${chip.label} ${chip.value}`;
          return (
            <li
              key={chip.key}
              className="flex max-w-full min-w-0 items-center gap-1 rounded-full bg-sky-100 py-0.5 pr-0.5 pl-3 text-sm text-sky-950 dark:bg-sky-900 dark:text-sky-50"
            >
              <span className="min-w-0 [overflow-wrap:anywhere]">
                {chip.label}
                {chip.value !== '' && (
                  <>
                    {' '}
                    <bdi className="font-medium">{chip.value}</bdi>
                  </>
                )}
              </span>
              <button
                type="button"
                onClick={() => onChange(chip.clear)}
                aria-label={`Remove filter: ${name}`}
                className="inline-flex size-6 shrink-0 items-center justify-center rounded-full hover:bg-sky-200 dark:hover:bg-sky-800"
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() => onChange(clearedView(view))}
        className="min-h-6 rounded-md px-2 text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
      >
        Clear all
      </button>
    </div>
  );
}
