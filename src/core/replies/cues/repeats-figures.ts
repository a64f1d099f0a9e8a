import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';

/** "14 of 20 at six on a Tuesday.": a figure of two digits or more, as written. */
const FIGURE = /\d[\d,.]*\d/gu;
/** Two figures of one comment, both in the reply's first sentence, are theirs taken up. */
const FIGURES_TAKEN = 2;
const REPEATS = 0.5;

export const figuresOf = (text: string): Set<string> =>
  new Set([...text.matchAll(FIGURE)].map((m) => m[0].replace(/[,.]+$/u, '')));

/**
 * "14 trucks in a lot built for 20." — "14 of 20 at six in the morning on a Tuesday.": a reply that
 * opens by repeating two of a nearby comment's figures is taking that count up, though it shares
 * few words with it. The article's own figures (`titleFigures`: "Route 14"), which everyone
 * repeats, do not count.
 */
export function repeatsFigures(
  reply: PreparedComment,
  cand: PreparedComment,
  candName: string,
  titleFigures: ReadonlySet<string>,
): CueHit | null {
  const mine = figuresOf(reply.firstSentence);
  if (mine.size < FIGURES_TAKEN) return null;
  const theirs = figuresOf(cand.body);
  let shared = 0;
  for (const f of mine) if (theirs.has(f) && !titleFigures.has(f)) shared += 1;
  return shared >= FIGURES_TAKEN
    ? { score: REPEATS, reason: `repeats ${candName}'s figures` }
    : null;
}
