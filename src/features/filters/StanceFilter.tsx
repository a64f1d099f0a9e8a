import type { StanceLabel } from '../../core/types.ts';
import { STANCE_LABELS } from '../../core/stance/stance-labels.ts';
import { STANCE_HIDDEN } from '../../shared/text/stance-hidden.ts';

/** Checkboxes per stance label with how many comments each would show; none checked means all. */
export function StanceFilter({
  selected,
  counts,
  pending = false,
  hidden = false,
  onChange,
}: {
  selected: readonly StanceLabel[];
  counts: Readonly<Record<StanceLabel, number>>;
  /** Some article in view has its stances still being read: nothing to count or pick yet. */
  pending?: boolean;
  /** Every article in view has its stance hidden (off-topic): no badge shows it, so no count does. */
  hidden?: boolean;
  onChange(next: StanceLabel[]): void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">Stance</legend>
      {pending || (hidden && selected.length === 0) ? (
        // As tall as the list it stands for: the filters below stay put when the counts come.
        // A filter a link set on a hidden article stays, to be seen and undone.
        <p className="mt-1 min-h-19 px-1 text-sm text-slate-600 dark:text-slate-400">
          {pending ? 'Reading stances…' : STANCE_HIDDEN}
        </p>
      ) : (
        <ul className="mt-1 space-y-0.5">
          {STANCE_LABELS.map((label) => {
            const checked = selected.includes(label);
            return (
              <li key={label}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      onChange(
                        checked
                          ? selected.filter((s) => s !== label)
                          : STANCE_LABELS.filter((s) => s === label || selected.includes(s)),
                      )
                    }
                    className="accent-sky-700"
                  />
                  <span className="capitalize">{label}</span>{' '}
                  <span className="ml-auto text-slate-600 tabular-nums dark:text-slate-400">
                    {counts[label]}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
