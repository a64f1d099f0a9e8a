import type { SortOrder } from '../../core/view/view-types.ts';

const OPTIONS: ReadonlyArray<readonly [SortOrder, string]> = [
  ['page', 'Page order'],
  ['replies', 'Most replies'],
  ['longest', 'Longest'],
];

export function SortSelect({
  value,
  onChange,
}: {
  value: SortOrder;
  onChange(sort: SortOrder): void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-semibold text-slate-900 dark:text-slate-100">Sort</span>
      <select
        value={value}
        onChange={(e) => {
          const next = OPTIONS.find(([v]) => v === e.target.value);
          if (next) onChange(next[0]);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        {OPTIONS.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
