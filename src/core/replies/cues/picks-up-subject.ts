import { aboutSubject } from './about-subject.ts';
import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { PreparedDump } from './prepare-dump.ts';

/**
 * "The point Becca made about Dunmore": a reply that names a commenter and the subject of what they
 * said, when that comment speaks of it, picks up that comment and not another of theirs.
 */
export function picksUpSubject(
  dump: PreparedDump,
  reply: PreparedComment,
  cand: PreparedComment,
  name: string,
): CueHit | null {
  const about = aboutSubject(reply.opening, dump.vocabulary.stemOf);
  for (const stem of about) {
    if (cand.stemSet.has(stem)) {
      return { score: 0.5, reason: `picks up what ${name} said about it` };
    }
  }
  return null;
}
