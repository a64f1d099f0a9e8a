import type { StanceMix } from '../../core/stats/compute-stats.ts';

/**
 * Five classes of lean (support − oppose, over all comments) rather than a continuous ramp: a
 * reader can match five legend swatches by eye, not a gradient. ±0.15 keeps a state with one
 * stray label out of the strong classes; ±0.5 means a clear majority one way.
 */
export const LEAN_CLASSES = [
  {
    min: 0.5,
    label: 'mostly support',
    fill: 'fill-teal-700 dark:fill-teal-400',
    swatch: 'bg-teal-700 dark:bg-teal-400',
  },
  {
    min: 0.15,
    label: 'leans support',
    fill: 'fill-teal-300 dark:fill-teal-700',
    swatch: 'bg-teal-300 dark:bg-teal-700',
  },
  {
    min: -0.15,
    label: 'mixed or neutral',
    fill: 'fill-slate-400 dark:fill-slate-500',
    swatch: 'bg-slate-400 dark:bg-slate-500',
  },
  {
    min: -0.5,
    label: 'leans oppose',
    fill: 'fill-orange-300 dark:fill-orange-700',
    swatch: 'bg-orange-300 dark:bg-orange-700',
  },
  {
    min: -Infinity,
    label: 'mostly oppose',
    fill: 'fill-orange-700 dark:fill-orange-400',
    swatch: 'bg-orange-700 dark:bg-orange-400',
  },
] as const;

export const NO_COMMENTS = {
  label: 'no comments',
  fill: 'fill-slate-100 dark:fill-slate-800',
  swatch: 'bg-slate-100 dark:bg-slate-800 border border-slate-400',
} as const;

export function leanOf(mix: StanceMix): number {
  const total = mix.support + mix.oppose + mix.neutral;
  return total === 0 ? 0 : (mix.support - mix.oppose) / total;
}

export function leanClass(mix: StanceMix | null): { label: string; fill: string } {
  if (mix === null || mix.support + mix.oppose + mix.neutral === 0) return NO_COMMENTS;
  const lean = leanOf(mix);
  return LEAN_CLASSES.find((c) => lean > c.min || c.min === -Infinity) ?? NO_COMMENTS;
}
