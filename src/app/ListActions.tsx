import type { ViewMode } from '../core/view/view-types.ts';
import { ViewSwitch } from './ViewSwitch.tsx';

const BUTTON =
  'min-h-6 rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** Above the list: the view switch, the way back from one thread, collapse all / expand all. */
export function ListActions({
  mode,
  onMode,
  inThread,
  onLeaveThread,
  onCollapseAll,
  onExpandAll,
  disabled,
}: {
  /** Null while comparing: neither view is shown, and pressing one leaves the comparison. */
  mode: ViewMode | null;
  onMode(mode: ViewMode): void;
  inThread: boolean;
  onLeaveThread(): void;
  onCollapseAll(): void;
  onExpandAll(): void;
  disabled: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-2 sm:justify-start sm:gap-x-4">
      <ViewSwitch mode={mode} onMode={onMode} />
      {mode === 'comments' && (
        <div className="flex flex-wrap gap-2 text-sm">
          {inThread && (
            <button type="button" onClick={onLeaveThread} className={`${BUTTON} font-medium`}>
              ← Back to all comments
            </button>
          )}
          <button type="button" onClick={onCollapseAll} disabled={disabled} className={BUTTON}>
            Collapse all
          </button>
          <button type="button" onClick={onExpandAll} disabled={disabled} className={BUTTON}>
            Expand all
          </button>
        </div>
      )}
    </div>
  );
}
