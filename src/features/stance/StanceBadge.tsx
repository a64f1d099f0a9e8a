import { useId } from 'react';
import type { LearnedStance } from '../../core/stance/learn-stance.ts';
import type { Stance, StanceLabel } from '../../core/types.ts';

export interface StanceBadgeProps {
  readonly stance: Stance;
  /** The reader's label, or null when the machine's stands. */
  readonly override: StanceLabel | null;
  /** The label learned from the reader's other labels, or null/absent where the machine's stands. */
  readonly learned?: LearnedStance | null;
  readonly onOverride: (label: StanceLabel | null) => void;
}

const NAMES: Record<StanceLabel, string> = {
  support: 'Supports',
  oppose: 'Opposes',
  neutral: 'Neutral',
};

// 900-on-100 (light) and 100-on-900 (dark) keep every pair well above the 4.5:1 AA ratio.
const COLOURS: Record<StanceLabel, string> = {
  support:
    'bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-900 dark:text-emerald-100 dark:ring-emerald-300/40',
  oppose:
    'bg-rose-100 text-rose-900 ring-rose-700/30 dark:bg-rose-900 dark:text-rose-100 dark:ring-rose-300/40',
  neutral:
    'bg-slate-100 text-slate-900 ring-slate-700/30 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-300/40',
};

function formatScore(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score).toFixed(2)}`;
}

/**
 * A comment's stance on the rapprochement: the label, why the machine chose it, and the reader's
 * own label when they disagree (marked "yours", with a reset).
 */
export function StanceBadge({ stance, override, learned = null, onOverride }: StanceBadgeProps) {
  const selectId = useId();
  const taught = override === null ? learned : null;
  const label = override ?? taught?.label ?? stance.label;
  const mine = override !== null;
  return (
    <div className="inline-flex flex-wrap items-center gap-1.5 text-xs" data-stance={label}>
      <span
        className={`rounded px-1.5 py-0.5 font-medium ring-1 ring-inset ${COLOURS[label]}`}
        data-testid="stance-label"
      >
        {NAMES[label]}
        {mine && <span className="ml-1 font-normal italic">(yours)</span>}
        {taught !== null && <span className="ml-1 font-normal italic">(learned)</span>}
      </span>
      <details className="group relative">
        <summary className="cursor-pointer rounded px-1 text-slate-700 underline decoration-dotted underline-offset-2 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:text-white">
          why
        </summary>
        <div className="absolute z-20 mt-1 w-72 rounded border border-slate-300 bg-white p-2 text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100">
          <p>
            Machine reading: <strong>{NAMES[stance.label]}</strong>, score{' '}
            {formatScore(stance.score)} (−1 opposes … +1 supports the rapprochement).
          </p>
          {stance.cues.length > 0 ? (
            <ul className="mt-1 list-disc pl-4">
              {stance.cues.map((cue) => (
                <li key={cue}>{cue}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1">No cue about the rapprochement was found.</p>
          )}
          {mine && <p className="mt-1 italic">You set this comment to {NAMES[override]}.</p>}
          {taught !== null && (
            <p className="mt-1" data-testid="stance-learned">
              <strong>Learned from your labels:</strong> {NAMES[taught.label]} (
              {Math.round(taught.confidence * 100)}% sure)
              {taught.words.length > 0
                ? `, decided by ${taught.words.map((w) => `“${w}”`).join(', ')}`
                : `, from your labels of comments the machine also read as ${NAMES[stance.label]}`}
              . Set your own label to override it.
            </p>
          )}
        </div>
      </details>
      <label htmlFor={selectId} className="sr-only">
        Set your own stance label
      </label>
      <select
        id={selectId}
        value={override ?? ''}
        onChange={(e) => {
          const value = e.target.value;
          onOverride(value === '' ? null : (value as StanceLabel));
        }}
        className="rounded border border-slate-300 bg-white px-1 py-0.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <option value="">
          {taught === null ? `Machine: ${NAMES[stance.label]}` : `Learned: ${NAMES[taught.label]}`}
        </option>
        <option value="support">Mine: Supports</option>
        <option value="oppose">Mine: Opposes</option>
        <option value="neutral">Mine: Neutral</option>
      </select>
      {mine && (
        <button
          type="button"
          onClick={() => onOverride(null)}
          aria-label={`Reset stance to the machine's label (${NAMES[stance.label]})`}
          className="rounded px-1 text-slate-700 underline hover:text-slate-950 dark:text-slate-300 dark:hover:text-white"
        >
          Reset
        </button>
      )}
    </div>
  );
}
