// "Rich's first comment nails it", "On Carol's original point: …", "your very first post": the
// reply names which comment of theirs it takes up, the one they opened with, however far up.
const AT_FIRST =
  /(?:['’]s|\byour) (?:very )?(?:first|original|earliest|opening) (?:comment|point|post|question|remark)\b/iu;

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
    lower.includes('opening');
  return may && AT_FIRST.test(opening);
}
