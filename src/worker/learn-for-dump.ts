import { learnStance, type LearnedStance } from '../core/stance/learn-stance.ts';
import type { LearnInput } from '../core/stance/stance-features.ts';
import type { StanceLabel, ThreadComment } from '../core/types.ts';

interface Prepared {
  readonly at: ReadonlyMap<string, number>;
  readonly inputs: readonly LearnInput[];
}

/**
 * Per opened dump (its comments array, which the worker keeps while the dump is open): the same
 * inputs array on every call, so learnStance reads the dump's words once, not on every new label.
 */
const prepared = new WeakMap<readonly ThreadComment[], Prepared>();

function prepare(comments: readonly ThreadComment[]): Prepared {
  const known = prepared.get(comments);
  if (known) return known;
  const at = new Map(comments.map((c, i) => [c.id, i]));
  const inputs = comments.map((c): LearnInput => {
    const parent = c.parentId === null ? undefined : at.get(c.parentId);
    return parent === undefined
      ? { body: c.body, machine: c.stance }
      : { body: c.body, machine: c.stance, parent };
  });
  const fresh = { at, inputs };
  prepared.set(comments, fresh);
  return fresh;
}

/**
 * The worker's side of a reader teaching the stance model: their labels of one dump (by comment
 * id) in, the other comments' learned labels out (by id). Labels of unknown ids are ignored, so a
 * stale label from an edited dump cannot break anything.
 */
export function learnForDump(
  comments: readonly ThreadComment[],
  labels: readonly (readonly [string, StanceLabel])[],
): [string, LearnedStance][] {
  const { at, inputs } = prepare(comments);
  const reader = new Map<number, StanceLabel>();
  for (const [id, label] of labels) {
    const i = at.get(id);
    if (i !== undefined) reader.set(i, label);
  }
  return [...learnStance(inputs, reader)].flatMap(([i, learned]) => {
    const id = comments[i]?.id;
    return id === undefined ? [] : [[id, learned] as [string, LearnedStance]];
  });
}
