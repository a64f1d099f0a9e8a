import type { ViewState } from '../../core/view/view-types.ts';
import { MessageText } from '../text/MessageText.tsx';

/** Chips for the author / place / thread filters in force, each with a button that removes it. */
export function ActiveFilters({
  view,
  onChange,
}: {
  view: ViewState;
  onChange(next: ViewState): void;
}) {
  const chips: Array<{ label: string; clear: ViewState }> = [];
  if (view.author !== null)
    chips.push({ label: `By ${view.author}`, clear: { ...view, author: null } });
  if (view.loc !== null) chips.push({ label: `In ${view.loc}`, clear: { ...view, loc: null } });
  if (view.thread !== null)
    chips.push({ label: 'One thread', clear: { ...view, thread: null, comment: view.comment } });
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li
          key={chip.label}
          className="flex items-center gap-1 rounded-full bg-sky-100 py-0.5 pr-1 pl-3 text-sm text-sky-950 dark:bg-sky-900 dark:text-sky-50"
        >
          <MessageText text={chip.label} />
          <button
            type="button"
            onClick={() => onChange(chip.clear)}
            aria-label={`Remove filter: ${chip.label}`}
            className="rounded-full px-1.5 hover:bg-sky-200 dark:hover:bg-sky-800"
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
