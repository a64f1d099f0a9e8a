/**
 * A comment by the author of an earlier comment's parent, right under that comment, is the
 * answer back in an exchange (A, B answers A, A answers B). Keys are folded author names.
 */
export function backAndForth(
  replyAuthor: string | null,
  candidateParentAuthor: string | null,
): boolean {
  return replyAuthor !== null && replyAuthor === candidateParentAuthor;
}
