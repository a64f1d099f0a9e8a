import { LEAD_INS } from './name-context-words.ts';
import type { PreparedComment } from './prepare-comment.ts';

/**
 * A lower-case handle's word counts only where a vocative stands: first ("jim, the map…"), or right
 * after a greeting ("Thanks jim, that's…"); elsewhere "jim" or "kat" is as often somebody else.
 */
export const opensWithHandleWord = (reply: PreparedComment, word: string): boolean =>
  reply.firstWord === word || (LEAD_INS.has(reply.firstWord) && reply.tokens.lower(1) === word);
