import type { PreparedDump } from './prepare-dump.ts';
import { firstSince } from './first-since.ts';

// "Yikes. Okay, never mind.", "Huh, fair enough.", "Wow, I had no idea.": how an asker takes in the
// answer they got, with no word of it repeated; "Will do, …", "Good idea, …" take up advice in it.
const REACTION =
  /^(?:yikes|wow|whoa|huh|oh|ah|ouch|okay|ok|fair|fair enough|got it|makes sense|never mind|good grief|i had no idea|didn't know that|did not know that|will do|noted|good idea|good call|i will)\b/iu;

/**
 * Does comment `i` react, as the asker, to `j`, the answer to their question `asked`? It must be
 * their first comment since the answer: a later one has moved on.
 */
export function reactsToAnswer(dump: PreparedDump, i: number, j: number, asked: number): boolean {
  const reply = dump.comments[i];
  const question = dump.comments[asked];
  if (reply === undefined || question === undefined || !question.asks) return false;
  return REACTION.test(reply.opening) && firstSince(dump, i, j);
}
