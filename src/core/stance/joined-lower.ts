import type { Sentence } from './split-sentences.ts';

/** White space other than the plain space. */
const OTHER_WHITE_SPACE = /[^\S ]/;

/**
 * `/^ | $|[^\S ]| {2}/u.test(text)`: white space that sentence splitting would drop or fold (at an
 * end, doubled, or not a plain space). Asked as four questions, most answered at a glance: one
 * expression with four alternatives tried each at every character cost twice as much.
 */
function hasUnevenSpace(text: string): boolean {
  return (
    text.charCodeAt(0) === 32 ||
    text.charCodeAt(text.length - 1) === 32 ||
    OTHER_WHITE_SPACE.test(text) ||
    text.includes('  ')
  );
}

/**
 * The sentences' lowercase joined by single spaces, as the cue expressions read a comment.
 * `lowerAll` is `normalizeLower` of the text they were split from: when it has no white space but
 * single plain spaces inside, each sentence is a piece of it between two of those spaces, so it is
 * that join already and no copy is made.
 */
export function joinedLower(
  sentences: readonly Sentence[],
  text: string,
  lowerAll: string,
): string {
  if (lowerAll.length === text.length && !hasUnevenSpace(lowerAll)) return lowerAll;
  return sentences.map((s) => s.lower).join(' ');
}
