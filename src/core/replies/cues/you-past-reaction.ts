import type { ReplyGuess } from '../../types.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { shortReaction } from './short-reaction.ts';

/**
 * The comment a short reaction right above took up ("Mall security should be doing their jobs." —
 * "Exactly." — "You have no idea how many guards they laid off."): a reply's "you" there means its
 * writer, not whoever only said "Exactly.". Null when the comment right above (`nearest`) is no
 * such reaction.
 */
export function youPastReaction(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  nearest: number,
): number | null {
  const reacted = guesses[nearest];
  const reaction = dump.comments[nearest];
  if (reacted == null || reaction === undefined || !shortReaction(reaction)) return null;
  return reacted.parentIndex;
}
