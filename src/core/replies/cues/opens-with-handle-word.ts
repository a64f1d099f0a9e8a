import { LEAD_INS } from './name-context-words.ts';
import type { PreparedComment } from './prepare-comment.ts';

/** A comma right before a word: the start of a vocative set off mid-sentence. */
const COMMA_ENDS = /,\s*$/u;
/** A comma or a sentence's end right after it: "That explains it, dave, and…", "…to Maple, Dave." */
const PAUSE_STARTS = /^[,.!?]/u;

/**
 * A lower-case handle's word counts only where a vocative stands: first ("jim, the map…"), right
 * after a greeting ("Thanks jim, that's…"), or set off by commas ("That explains it, dave, and…",
 * "It went to Maple, Dave."); elsewhere "jim" or "kat" is as often somebody else.
 */
export function opensWithHandleWord(reply: PreparedComment, word: string): boolean {
  if (
    reply.firstWord === word ||
    (LEAD_INS.has(reply.firstWord) && reply.tokens.lower(1) === word)
  ) {
    return true;
  }
  const { tokens } = reply;
  for (const at of tokens.positions(word)) {
    const t = tokens.at(at);
    if (t !== undefined && at > 0 && COMMA_ENDS.test(t.before) && PAUSE_STARTS.test(t.after)) {
      return true;
    }
  }
  return false;
}
