import type { ThreadComment } from '../../../src/core/types.ts';

/** How many comments the thread holding comment `id` has, its root and every reply below it. */
export function threadSize(comments: readonly ThreadComment[], id: string): number {
  const parentOf = new Map(comments.map((c) => [c.id, c.parentId]));
  const rootOf = (at: string): string => {
    const parent = parentOf.get(at) ?? null;
    return parent === null ? at : rootOf(parent);
  };
  const root = rootOf(id);
  return comments.filter((c) => rootOf(c.id) === root).length;
}
