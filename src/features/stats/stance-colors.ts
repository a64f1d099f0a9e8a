import type { StanceLabel } from '../../core/types.ts';

export const STANCE_ORDER: readonly StanceLabel[] = ['support', 'oppose', 'neutral'];

/**
 * Bar fills with ≥ 3:1 contrast (WCAG non-text) on the page background in both themes; the hue
 * pair teal/orange stays apart for the common red-green colour blindnesses.
 */
export const STANCE_FILL: Readonly<Record<StanceLabel, string>> = {
  support: 'fill-teal-700 dark:fill-teal-400',
  oppose: 'fill-orange-700 dark:fill-orange-400',
  neutral: 'fill-slate-500 dark:fill-slate-400',
};

/** Swatches for legends, the same colours as the fills. */
export const STANCE_SWATCH: Readonly<Record<StanceLabel, string>> = {
  support: 'bg-teal-700 dark:bg-teal-400',
  oppose: 'bg-orange-700 dark:bg-orange-400',
  neutral: 'bg-slate-500 dark:bg-slate-400',
};
