import type { ReplyGuess } from '../../types.ts';
import type { PreparedDump } from './prepare-dump.ts';

/**
 * Did the comment right above comment `i` put a question to its author (it answers one of theirs)?
 * The answer then replies to it even when it quotes the article ("The board's answer was …").
 */
export function askedRightAbove(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
): boolean {
  const above = guesses[i - 1];
  return (
    above != null &&
    dump.comments[i - 1]?.endsWithQuestion === true &&
    dump.comments[above.parentIndex]?.authorKey === dump.comments[i]?.authorKey
  );
}
