import { lastReplyCache } from './last-reply-cache.ts';
import { LEAD_INS } from './name-context-words.ts';
import type { PreparedComment } from './prepare-comment.ts';

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The reply's words set off like a vocative (NameTokens.setOff), folded: read once per reply, since
 * the reply is weighed against every candidate with a handle, and reading its tokens per candidate
 * was a tenth of reply inference.
 */
const setOffWords = lastReplyCache((reply: PreparedComment): ReadonlySet<string> => {
  if (!reply.body.includes(',')) return NO_WORDS;
  const { tokens } = reply;
  const words = new Set<string>();
  for (let k = 1; k < tokens.length; k += 1) {
    const word = tokens.setOff(k) ? tokens.lower(k) : undefined;
    if (word !== undefined) words.add(word);
  }
  return words;
});

/**
 * A lower-case handle's word counts only where a vocative stands: first ("jim, the map…"), right
 * after a greeting ("hey jim, …"), or set off by commas mid-sentence ("That explains it, dave, and…",
 * "It went to Maple, Dave."); elsewhere "jim" or "kat" is as often somebody else.
 */
export function opensWithHandleWord(reply: PreparedComment, word: string): boolean {
  return (
    reply.firstWord === word ||
    (LEAD_INS.has(reply.firstWord) && reply.tokens.lower(1) === word) ||
    setOffWords(reply).has(word)
  );
}
