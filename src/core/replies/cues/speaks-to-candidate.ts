import type { Scored } from './score-candidate.ts';

/** How sure a name must read as spoken to ("Will, …"), not merely written, to count as a call. */
const SPOKEN_TO = 0.9;

/**
 * Does the reply speak to its best candidate's author by name ("Will, "just a new head on a pole"
 * is what they said about the meters.")? A quotation nobody above wrote word for word reads as the
 * article's, and a reply citing the article starts a subject of its own, unless it names whom it
 * answers: a name spoken to is that, whatever the quotation says (its words are their paraphrase).
 */
export function speaksToCandidate(best: Scored | null): boolean {
  const top = best?.hits[0];
  return top?.points === 'address' && top.score >= SPOKEN_TO;
}
