import type { PreparedComment } from './prepare-comment.ts';
import { normalizeWords } from './scan-words.ts';

// Even one word in quotation marks ("agreed"): a reader who puts the article's own word in marks
// is taking issue with the piece.
const QUOTED_WORDS = /["“]([^"“”\n]{2,120}?)["”]/gu;

/**
 * Does `reply` put in quotation marks words that none of `earlier` wrote? Then it quotes the piece,
 * and a "You say …" in it is said to the writer, not to the comment above.
 */
export function quotesUnseen(reply: PreparedComment, earlier: readonly PreparedComment[]): boolean {
  for (const m of reply.body.matchAll(QUOTED_WORDS)) {
    const span = normalizeWords(m[1] ?? '');
    if (span === '') continue;
    if (!earlier.some((c) => c.normText.includes(` ${span} `))) return true;
  }
  return false;
}
