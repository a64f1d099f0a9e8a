import { lastReplyCache } from './last-reply-cache.ts';
import { LEAD_INS } from './name-context-words.ts';
import { tokenSpans } from './name-tokens.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { foldWord } from './scan-words.ts';

const COMMA = 0x2c;
/** After the word, a comma or a sentence's end: "That explains it, dave, and…", "…to Maple, Dave." */
const PAUSES = new Set([0x2c, 0x2e, 0x21, 0x3f]);
const SPACE = /\s/;
// Where the reply's tokens are collected, reused from reply to reply.
const starts: number[] = [];
const ends: number[] = [];

/**
 * The reply's words set off by a comma before (spaces between allowed) and a pause after, folded:
 * read once per reply, since the reply is weighed against every candidate with a handle, and
 * reading its tokens per candidate was a tenth of reply inference. The same tokens as `tokens`.
 */
const setOffWords = lastReplyCache((reply: PreparedComment): ReadonlySet<string> => {
  const { body } = reply;
  const words = new Set<string>();
  if (!body.includes(',')) return words;
  const count = tokenSpans(body, starts, ends);
  for (let k = 1; k < count; k += 1) {
    const start = starts[k] ?? 0;
    const end = ends[k] ?? 0;
    if (!PAUSES.has(body.charCodeAt(end))) continue;
    const floor = ends[k - 1] ?? 0;
    let at = start - 1;
    while (at >= floor && SPACE.test(body.charAt(at))) at -= 1;
    if (at >= floor && body.charCodeAt(at) === COMMA) words.add(foldWord(body.slice(start, end)));
  }
  return words;
});

/**
 * A lower-case handle's word counts only where a vocative stands: first ("jim, the map…"), right
 * after a greeting ("Thanks jim, that's…"), or set off by commas ("That explains it, dave, and…",
 * "It went to Maple, Dave."); elsewhere "jim" or "kat" is as often somebody else.
 */
export function opensWithHandleWord(reply: PreparedComment, word: string): boolean {
  return (
    reply.firstWord === word ||
    (LEAD_INS.has(reply.firstWord) && reply.tokens.lower(1) === word) ||
    setOffWords(reply).has(word)
  );
}
