import type { Stance, ThreadDocument } from '../types.ts';

/** The document with each comment's stance read (readStances); a missing one keeps its own. */
export function withStances(doc: ThreadDocument, stances: readonly Stance[]): ThreadDocument {
  return {
    ...doc,
    comments: doc.comments.map((c, i) => ({ ...c, stance: stances[i] ?? c.stance })),
  };
}
