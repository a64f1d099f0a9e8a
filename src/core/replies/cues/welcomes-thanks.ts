import type { PreparedComment } from './prepare-comment.ts';

// "Of course!", "You're welcome.", "Any time.": how a commenter takes the thanks they got, with no
// word of the thanks repeated.
const WELCOMES =
  /^(?:of course|you['’]re (?:very |most )?welcome|any ?time|my pleasure|no problem|happy to help|glad (?:to help|it helped|i could help))\b/iu;
const THANKS = /\bthank(?:s|\s+you)\b/iu;

/**
 * Does `reply` open by taking the thanks that `thanker` gave its author ("Renée, thank you for
 * sharing it." — "Of course! …")? An answer to a call by name, though it takes up none of its words.
 */
export function welcomesThanks(reply: PreparedComment, thanker: PreparedComment): boolean {
  return WELCOMES.test(reply.opening) && THANKS.test(thanker.body);
}
