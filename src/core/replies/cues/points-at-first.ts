// "Rich's first comment nails it", "On Carol's original point: …", "your very first post": the
// reply names which comment of theirs it takes up, the one they opened with, however far up.
// "To answer your question from the top: …" names it by where it stands.
const AT_FIRST =
  /(?:['’]s|\byour) (?:very )?(?:first|original|earliest|opening) (?:comment|point|post|question|remark)\b|(?:['’]s|\byour) (?:comment|point|post|question|remark) (?:from|at) the (?:very )?(?:top|start|beginning)\b/iu;

/**
 * Does the reply's opening point at a commenter's first comment? Read once per reply: the literal
 * search comes first, as almost no opening holds any of the words.
 */
export function pointsAtFirst(opening: string): boolean {
  const lower = opening.toLowerCase();
  const may =
    lower.includes('first') ||
    lower.includes('original') ||
    lower.includes('earliest') ||
    lower.includes('opening') ||
    lower.includes(' the top') ||
    lower.includes(' the start') ||
    lower.includes(' the beginning') ||
    lower.includes(' the very');
  return may && AT_FIRST.test(opening);
}
