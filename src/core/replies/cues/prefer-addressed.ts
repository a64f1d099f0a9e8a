import type { Scored } from './score-candidate.ts';

/**
 * "You're right to be angry, Joy.": a reply that speaks to a commenter by name answers them, though
 * its "you" or its place under another comment score that one higher; a name or a quotation of the
 * other keeps it.
 */
export function preferAddressed(best: Scored | null, addressed: Scored | null): Scored | null {
  if (best === null || addressed === null || best.index === addressed.index) return best;
  return best.hits.some((h) => h.points !== undefined) ? best : addressed;
}
