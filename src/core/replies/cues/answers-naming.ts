import type { CueHit } from './cue-hit.ts';
import { addressesByName } from './addresses-by-name.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { PreparedDump } from './prepare-dump.ts';

// "Since my name came up: yes, I was a finalist.", "As I was mentioned above…": the writer answers
// whichever comment named them, however far up.
const NAMED_ME =
  /\b(?:since|as|now that) (?:my name (?:came|comes|was brought|got brought) up|i (?:was|got|have been|'ve been) (?:mentioned|named|brought up))\b|\b(?:whoever|to the person who) (?:mentioned|named) me\b/iu;

/** Does `reply` open by saying it answers a comment that named its writer? */
export const saysNamed = (reply: PreparedComment): boolean =>
  reply.author !== null && NAMED_ME.test(reply.opening.slice(0, 160));

/** The hit when comment `j` names the writer of reply `i`, who says they were named. */
export function answersNaming(dump: PreparedDump, i: number, j: number): CueHit | null {
  const author = dump.comments[i]?.author;
  const cand = dump.comments[j];
  if (author == null || cand === undefined) return null;
  if (addressesByName(cand, author, dump.variantsOf(author)) === null) return null;
  return { score: 0.9, reason: `answers ${cand.author ?? 'an unnamed commenter'}, who named them` };
}
