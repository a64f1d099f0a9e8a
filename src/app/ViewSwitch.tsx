import type { ViewMode } from '../core/view/view-types.ts';

const MODES: ReadonlyArray<{ mode: ViewMode; label: string }> = [
  { mode: 'comments', label: 'Comments' },
  { mode: 'stats', label: 'Stats' },
];

/** "Comments | Stats": which view fills the main column (`view=` in the URL). */
export function ViewSwitch({
  mode,
  onMode,
}: {
  mode: ViewMode | null;
  onMode(mode: ViewMode): void;
}) {
  const item =
    'min-h-6 rounded-md px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-950';
  return (
    <div role="group" aria-label="View" className="flex gap-1">
      {MODES.map((m) => (
        <button
          key={m.mode}
          type="button"
          aria-pressed={mode === m.mode}
          onClick={() => onMode(m.mode)}
          className={item}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}
