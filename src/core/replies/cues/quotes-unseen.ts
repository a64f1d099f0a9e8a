import type { PreparedComment } from './prepare-comment.ts';
import { plainStem } from './plain-stem.ts';
import { normalizeWords } from './scan-words.ts';

// Even one word in quotation marks ("agreed"): a reader who puts the article's own word in marks
// is taking issue with the piece.
const QUOTED_WORDS = /["“]([^"“”\n]{2,120}?)["”]/gu;

/** Does `c` count every one of `stems` among its own? Read off the pool, without a set. */
function hasStems(c: PreparedComment, stems: readonly string[]): boolean {
  let found = 0;
  for (let k = 0; k < c.distinctStems && found < stems.length; k++) {
    if (stems.includes(c.stemAt(k))) found++;
  }
  return found === stems.length;
}

/**
 * Does `reply` put in quotation marks words that none of `earlier` wrote? Then it quotes the piece,
 * and a "You say …" in it is said to the writer, not to the comment above.
 */
export function quotesUnseen(reply: PreparedComment, earlier: readonly PreparedComment[]): boolean {
  for (const m of reply.body.matchAll(QUOTED_WORDS)) {
    const span = normalizeWords(m[1] ?? '');
    if (span === '') continue;
    // A comment lacking a content word of the span cannot hold it: forty earlier comments are not
    // all searched for it. The others are searched as word ids, with no text of theirs built.
    const words = span.split(' ');
    const stems = [...new Set(words.map(plainStem))].filter((s) => s !== '');
    const run = reply.wordRun(words);
    const holds = (c: PreparedComment): boolean => hasStems(c, stems) && c.holdsRun(run);
    if (!earlier.some(holds)) return true;
  }
  return false;
}
