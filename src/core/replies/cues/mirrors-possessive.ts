import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';

// "Your son and his friends…" under "My son is 14…": what one calls "my" the other calls "your".
// "If your bin is full, do not stack cardboard against the house.": a case put to every reader, whose
// "your" is anyone's.
const YOUR = /(\b(?:if|when|whenever|unless|once|until)\s+)?\byour (\p{L}+)/giu;

// Asked for every candidate of one reply in turn (over a million times on a 30,000-comment dump):
// the reply's "your" words are read once.
let lastReply: PreparedComment | null = null;
let lastWords: readonly string[] = [];
function yourWords(reply: PreparedComment): readonly string[] {
  if (reply !== lastReply) {
    lastReply = reply;
    const { opening } = reply;
    lastWords = /your /iu.test(opening)
      ? [...opening.matchAll(YOUR)].flatMap((m) =>
          m[1] === undefined ? [(m[2] ?? '').toLowerCase()] : [],
        )
      : [];
  }
  return lastWords;
}

/** Does `reply` speak of `candidate`'s "my X" as "your X" (same word) near its opening? */
export function mirrorsPossessive(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
): CueHit | null {
  // The raw body, not the normalised text: that would be built for every candidate.
  for (const word of yourWords(reply)) {
    if (candidate.writesMy(word)) {
      return { score: 0.88, reason: `speaks of ${candidateName}'s ${word}`, points: 'mention' };
    }
  }
  return null;
}
