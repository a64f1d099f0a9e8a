import type { StanceMix } from '../../core/stats/compute-stats.ts';
import { STANCE_FILL } from './chart-palette.ts';
import { STANCE_LABELS } from '../../core/stance/stance-labels.ts';

/**
 * One bar split by stance; `scale` (0–1) is the bar's length relative to the longest in its chart.
 * Decorative: the numbers are always written next to it in text.
 */
export function StanceMixBar({ mix, scale = 1 }: { mix: StanceMix; scale?: number }) {
  const total = STANCE_LABELS.reduce((sum, label) => sum + mix[label], 0);
  let x = 0;
  return (
    <svg aria-hidden="true" focusable="false" className="h-3 w-full" preserveAspectRatio="none">
      <rect width="100%" height="100%" className="fill-slate-100 dark:fill-slate-800" rx="2" />
      {total > 0 &&
        STANCE_LABELS.map((label) => {
          const width = (mix[label] / total) * scale * 100;
          const rect = (
            <rect
              key={label}
              x={`${x}%`}
              width={`${width}%`}
              height="100%"
              className={STANCE_FILL[label]}
            />
          );
          x += width;
          return rect;
        })}
    </svg>
  );
}

/** A bar for counts with no stance split, in ink colour so it is not read as one of the stances. */
export function CountBar({ scale }: { scale: number }) {
  return (
    <svg aria-hidden="true" focusable="false" className="h-3 w-full" preserveAspectRatio="none">
      <rect width="100%" height="100%" className="fill-slate-100 dark:fill-slate-800" rx="2" />
      <rect
        width={`${scale * 100}%`}
        height="100%"
        className="fill-slate-800 dark:fill-slate-300"
        rx="2"
      />
    </svg>
  );
}
