import { aboutSubject } from './about-subject.ts';
import type { CueHit } from './cue-hit.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';

// Asked for each candidate the reply names: its opening is read for a subject once. Stems do not
// depend on which cache finds them, so a cache of its own serves.
const subjectStems = lastReplyCache((reply): ReadonlySet<string> =>
  aboutSubject(reply.opening, new Map()),
);

/**
 * "The point Becca made about Dunmore": a reply that names a commenter and the subject of what they
 * said, when that comment speaks of it, picks up that comment and not another of theirs.
 */
export function picksUpSubject(
  reply: PreparedComment,
  cand: PreparedComment,
  name: string,
): CueHit | null {
  for (const stem of subjectStems(reply)) {
    if (cand.stemSet.has(stem)) {
      return { score: 0.5, reason: `picks up what ${name} said about it` };
    }
  }
  return null;
}
