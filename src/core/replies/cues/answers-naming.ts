import type { CueHit } from './cue-hit.ts';
import { addressesByName } from './addresses-by-name.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { PreparedDump } from './prepare-dump.ts';

// "Since my name came up: yes, I was a finalist.", "As I was mentioned above…": the writer answers
// whichever comment named them, however far up.
const NAMED_ME =
  /^(?:since|as|now that) (?:my name (?:came|comes|was brought|got brought) up|i (?:was|got|have been|'ve been) (?:mentioned|named|brought up))\b|^(?:whoever|to the person who) (?:mentioned|named) me\b/iu;

// The words NAMED_ME opens with: its phrases open the comment, and one look at the first word rules
// out nearly every reply (NAMED_ME tried at every "as" of every opening cost 3 % of reply inference
// on a 30k dump).
const LEADS = new Set(['since', 'as', 'now', 'whoever', 'to']);

/** Does `reply` open by saying it answers a comment that named its writer? */
export function saysNamed(reply: PreparedComment): boolean {
  if (reply.author === null) return false;
  return LEADS.has(reply.firstWord) && NAMED_ME.test(reply.opening.slice(0, 160));
}

/** The hit when comment `j` names the writer of reply `i`, who says they were named. */
export function answersNaming(dump: PreparedDump, i: number, j: number): CueHit | null {
  const author = dump.comments[i]?.author;
  const cand = dump.comments[j];
  if (author == null || cand === undefined) return null;
  if (addressesByName(cand, author, dump.variantsOf(author)) === null) return null;
  return { score: 0.9, reason: `answers ${cand.author ?? 'an unnamed commenter'}, who named them` };
}
