import type { NameVariant } from './name-variants.ts';
import type { PreparedComment } from './prepare-comment.ts';

/**
 * Does a handle's owner write this part of it in their own comments ("RCC got me from a forklift to
 * a paralegal certificate" by RCC_alum09)? Then the part is a word of the page to them, the college
 * or the town the handle was built from, and another comment writing it ("RCC was the first school
 * that took my credits") speaks of that thing, not of them. People do not call themselves by their
 * own name; the whole handle, and names with a space (a given name and a surname), are left alone.
 */
export function usesAsWord(
  displayName: string,
  own: readonly PreparedComment[],
  variant: NameVariant,
  /**
   * Another commenter of the page goes by the part as their given name: "the other Mark's house",
   * written by Mark_T_1971 beside a Mark Vance, speaks of that namesake, and "Mark" stays a name.
   */
  borneByOther = false,
): boolean {
  if (variant.whole || borneByOther || displayName.includes(' ')) return false;
  const run = own[0]?.wordRun(variant.words);
  return run !== undefined && own.some((c) => c.holdsRun(run));
}
