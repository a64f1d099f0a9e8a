import type { StanceLabel, ThreadComment } from '../types.ts';
import type { CommentKey } from '../article/comment-key.ts';

/** The reader's override for a comment, or null when the machine's label stands. */
export type OverrideOf = (key: CommentKey) => StanceLabel | null;

export interface EffectiveStance {
  readonly label: StanceLabel;
  readonly source: 'machine' | 'reader';
  readonly machineLabel: StanceLabel;
}

export function effectiveStance(
  comment: ThreadComment,
  key: CommentKey,
  overrideOf: OverrideOf,
): EffectiveStance {
  const reader = overrideOf(key);
  const machineLabel = comment.stance.label;
  return reader === null
    ? { label: machineLabel, source: 'machine', machineLabel }
    : { label: reader, source: 'reader', machineLabel };
}
