import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';

// "Your son and his friends…" under "My son is 14…": what one calls "my" the other calls "your".
const YOUR = /\byour (\p{L}+)/giu;

/** Does `reply` speak of `candidate`'s "my X" as "your X" (same word) near its opening? */
export function mirrorsPossessive(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
): CueHit | null {
  const { opening } = reply;
  // Most replies have no "your": skip the global expression's matching for them.
  if (!/your /iu.test(opening)) return null;
  for (const m of opening.matchAll(YOUR)) {
    const word = m[1]?.toLowerCase();
    if (word !== undefined && candidate.normText.includes(` my ${word} `)) {
      return { score: 0.88, reason: `speaks of ${candidateName}'s ${word}`, points: 'mention' };
    }
  }
  return null;
}
