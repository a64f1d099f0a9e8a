// "Kwame's question is a fair one, so I'll answer it", "On your question about the fees": the reply
// takes up the comment of theirs that asked something, not whatever they wrote since.
// "Your first question" is left to `pointsAtFirst`.
const AT_QUESTION = /(?:['’]s|\byour) (?:(?:last|latest|earlier|other) )?question\b/iu;

/**
 * Does the reply's opening point at a question a commenter asked? Read once per reply chosen for a
 * named commenter: the literal search comes first, as almost no opening holds the word.
 */
export function pointsAtQuestion(opening: string): boolean {
  return opening.toLowerCase().includes('question') && AT_QUESTION.test(opening);
}
