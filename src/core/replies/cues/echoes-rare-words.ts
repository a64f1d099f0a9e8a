import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { Vocabulary } from './rare-words.ts';

/**
 * Words few comments use (the maps hold only those, stem to surface word), shared by a reply and an
 * earlier comment. Each shared word counts more the rarer it is. A short reply that picks up a rare
 * word, or one that opens by asking about it ("Volunteers for a whole branch?"), is almost always
 * reacting to the comment that used it.
 */
/** "Volunteers for a whole branch?" echoes; "Could the swim team guard a few shifts?" proposes. */
const ECHO_QUESTION_WORDS = 8;
/** A first statement this short, holding two shared words, is about them (not above a name). */
const ECHO_STATEMENT_WORDS = 8;
const STATEMENT_BONUS = 0.15;

const NOT_A_LETTER = /[^\p{L}\p{N}]+/u;
const namesWord = (name: string, word: string): boolean =>
  name.toLowerCase().split(NOT_A_LETTER).includes(word.toLowerCase());

export function echoesRareWords(
  reply: PreparedComment,
  replyRare: ReadonlyMap<string, string>,
  candidateRare: ReadonlyMap<string, string>,
  df: Vocabulary['df'],
  candidateName: string,
  /**
   * The name the reply opens by pointing at ("What Summer said."): its words are that commenter's
   * name there, not the "summer" another comment wrote about.
   */
  addressed: string | null = null,
): CueHit | null {
  let miss = 1;
  const shared: string[] = [];
  for (const [stem, surface] of replyRare) {
    const n = df.get(stem) ?? 0;
    if (n < 2 || !candidateRare.has(stem)) continue;
    if (addressed !== null && namesWord(addressed, surface)) continue;
    miss *= 1 - (n === 2 ? 0.3 : n === 3 ? 0.22 : 0.12);
    shared.push(surface);
  }
  if (shared.length === 0) return null;
  let score = Math.min(0.75, 1 - miss);
  if (reply.wordCount <= 15) score = Math.min(0.75, score + 0.2);
  const first = reply.firstSentence.toLowerCase();
  if (
    first.trimEnd().endsWith('?') &&
    first.split(/\s+/u).length <= ECHO_QUESTION_WORDS &&
    shared.some((w) => first.includes(w))
  ) {
    score = Math.min(0.75, score + 0.25);
  } else if (
    // "Indoor cats aren't a guarantee either.": a short first statement built on two of the words
    // takes them up as its subject, where a long comment using them in passing may not.
    first.split(/\s+/u).length <= ECHO_STATEMENT_WORDS &&
    shared.filter((w) => first.includes(w)).length >= 2
  ) {
    score = Math.min(0.75, score + STATEMENT_BONUS);
  }
  const words = shared
    .slice(0, 3)
    .map((w) => `“${w}”`)
    .join(', ');
  return { score, reason: `echoes ${candidateName}'s words (${words})` };
}
