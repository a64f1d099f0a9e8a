import type { PreparedComment } from './prepare-comment.ts';

// "Have you ever parked there on a game night?" — "I have, every Friday.": the answer takes up the
// question's own auxiliary, as "I did" answers "Did you…?" and no other question.
const ASKED_OF_YOU =
  /(?:^|[.!?]\s+)(have|has|had|did|do|does|are|were|will|would|can|could)\s+you\b[^.!?]*\?/giu;
const ANSWERED = /^\s*(?:(?:yes|yeah|yep|no|nope|nah|oh|well)[,.!]?\s+)?i\s+([\p{L}'’]+)/iu;

/** The auxiliary "I" answers with for the one a question to "you" opens on. */
const IN_KIND: Readonly<Record<string, string>> = {
  have: 'have',
  has: 'have',
  had: 'had',
  did: 'did',
  do: 'do',
  does: 'do',
  are: 'am',
  were: 'was',
  will: 'will',
  would: 'would',
  can: 'can',
  could: 'could',
};

/**
 * Does `reply` open by answering a yes-no question `candidate` put to "you" with its own auxiliary
 * ("Did you call them?" — "I did, twice.", "No, I haven't.")?
 */
export function answersInKind(reply: PreparedComment, candidate: PreparedComment): boolean {
  if (!candidate.asks) return false;
  const said = ANSWERED.exec(reply.firstSentence)?.[1]
    ?.toLowerCase()
    .replace(/n['’]t$/u, '');
  if (said === undefined) return false;
  for (const m of candidate.body.matchAll(ASKED_OF_YOU)) {
    if (IN_KIND[(m[1] ?? '').toLowerCase()] === said) return true;
  }
  return false;
}
