import type { PreparedComment } from './prepare-comment.ts';

// "Rich, I didn't know that.", "Huh, I had no idea.", "Good to know.": news taken in, in the first
// sentence, after any name the reply opens by speaking to.
const TAKES_IN = /\b(?:(?:didn['’]t|did not) know that|had no idea|good to know)\b/iu;

/**
 * Does `reply` open by taking in what someone told it? What it takes in was a statement ("The
 * Archives has volunteers transcribing…"): a question ("Is the paper dropping…?") told nothing.
 */
export const takesInNews = (reply: PreparedComment): boolean =>
  TAKES_IN.test(reply.firstSentence.length > 0 ? reply.firstSentence : reply.opening);
