import type { StanceLabel } from '../types.ts';

/**
 * Every stance label, once, in the order filters, charts, the URL and the evaluation list them.
 * Its index is also a label's code in the integer columns the filters read (article-columns.ts).
 */
export const STANCE_LABELS: readonly StanceLabel[] = ['support', 'oppose', 'neutral'];

export function isStanceLabel(value: unknown): value is StanceLabel {
  return typeof value === 'string' && (STANCE_LABELS as readonly string[]).includes(value);
}
