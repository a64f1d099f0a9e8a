import { leanBucket, type LeanBucket } from '../../core/stats/lean-bucket.ts';
import type { StanceMix } from '../../core/stats/compute-stats.ts';
import { COUNT_FILL, COUNT_SWATCH, LEAN_FILL, LEAN_SWATCH } from './chart-palette.ts';

export interface LeanClass {
  readonly bucket: LeanBucket;
  readonly label: string;
  readonly fill: string;
  readonly swatch: string;
}

const LABELS: Readonly<Record<LeanBucket, string>> = {
  'mostly-support': 'mostly support',
  'leans-support': 'leans support',
  mixed: 'mixed or neutral',
  'leans-oppose': 'leans oppose',
  'mostly-oppose': 'mostly oppose',
  none: 'no comments',
};

const classOf = (bucket: LeanBucket): LeanClass => ({
  bucket,
  label: LABELS[bucket],
  fill: LEAN_FILL[bucket],
  swatch: LEAN_SWATCH[bucket],
});

/**
 * Five classes of lean rather than a continuous ramp: a reader can match five legend swatches by
 * eye, not a gradient. The cut-offs are leanBucket's, the same in both directions.
 */
export const LEAN_CLASSES: readonly LeanClass[] = (
  ['mostly-support', 'leans-support', 'mixed', 'leans-oppose', 'mostly-oppose'] as const
).map(classOf);

export const NO_COMMENTS: LeanClass = classOf('none');

export function leanClass(mix: StanceMix | null): LeanClass {
  return classOf(leanBucket(mix));
}

/** The one class of a state with comments when the discussion's stance is hidden. */
export const ANY_COMMENTS = {
  label: 'comments',
  fill: COUNT_FILL,
  swatch: COUNT_SWATCH,
} as const;
