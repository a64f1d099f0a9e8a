import { contentStem } from './rare-words.ts';

// Only for plain ASCII words is the word as folded never longer than as written, so a comment that
// writes it surely counted its stem (`prepareComment` skips only short words); a word that may grow
// when lower-cased ("İ") asks nothing of the comment.
const PLAIN = /^[a-z0-9']+$/;

/**
 * The stems of the words cues read off replies (quotations, opening questions), kept across replies:
 * quotations of one article repeat its words reply after reply, and stemming them afresh for each
 * was most of what cutting them up cost. Bounded, so endless distinct words cannot grow it.
 */
const stemOf = new Map<string, string>();
const STEMS_KEPT = 1 << 16;

/**
 * The content stem (see `contentStem`) of a folded word as a candidate must have counted it, or ''
 * for a word that is no content word or not plain ASCII (nothing is asked of the candidate then).
 */
export function plainStem(word: string): string {
  if (!PLAIN.test(word)) return '';
  if (stemOf.size >= STEMS_KEPT) stemOf.clear();
  return contentStem(word, stemOf);
}
