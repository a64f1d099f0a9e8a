import type { StanceMix } from '../../core/stats/compute-stats.ts';
import { plural } from '../../core/text/plural.ts';
import { STANCE_LABELS } from '../../core/stance/stance-labels.ts';

export type Unit = readonly [singular: string, plural: string];
export const COMMENTS: Unit = ['comment', 'comments'];

/** "3 comments: 1 support, 2 oppose" — the words a screen reader hears for a bar or a state. */
export function mixText(count: number, mix: StanceMix | null, unit: Unit = COMMENTS): string {
  const head = plural(count, unit[0], unit[1]);
  if (mix === null) return head;
  const parts = STANCE_LABELS.filter((l) => mix[l] > 0).map((l) => `${mix[l]} ${l}`);
  return parts.length === 0 ? head : `${head}: ${parts.join(', ')}`;
}
