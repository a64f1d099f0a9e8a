import type { ExtraView } from './extra-view.ts';

/** "Comments | Stats …": which view fills the main column; null is the comments. */
export function ViewSwitch({
  views,
  shown,
  onShow,
}: {
  views: readonly ExtraView[];
  shown: string | null;
  onShow(id: string | null): void;
}) {
  const item =
    'rounded-md px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-950';
  return (
    <div role="group" aria-label="View" className="flex gap-1">
      <button
        type="button"
        aria-pressed={shown === null}
        onClick={() => onShow(null)}
        className={item}
      >
        Comments
      </button>
      {views.map((v) => (
        <button
          key={v.id}
          type="button"
          aria-pressed={shown === v.id}
          onClick={() => onShow(v.id)}
          className={item}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
