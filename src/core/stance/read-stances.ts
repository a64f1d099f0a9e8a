import type { Stance, ThreadComment } from '../types.ts';
import { NO_PARENT } from '../no-parent.ts';
import { classifyStance } from './classify-stance.ts';

/**
 * The stances of comments `[from, to)` into `out`, in page order: a reply is read against its
 * parent's stance, which an earlier range or this one has already put in `out` (parents always come
 * before their replies). Cut into ranges, a worker can answer other messages in between.
 */
export function readStances(
  comments: readonly ThreadComment[],
  parents: Int32Array,
  out: Stance[],
  from = 0,
  to = comments.length,
): void {
  for (let i = from; i < to; i += 1) {
    const c = comments[i];
    if (c === undefined) continue;
    const p = parents[i] ?? NO_PARENT;
    const parent = p === NO_PARENT ? undefined : comments[p];
    const parentStance = out[p];
    out[i] = classifyStance(
      { body: c.body, author: c.author },
      parent === undefined || parentStance === undefined
        ? undefined
        : { body: parent.body, author: parent.author, stance: parentStance },
    );
  }
}
