import { keptStem } from './kept-stem.ts';

// Only for plain ASCII words is the word as folded never longer than as written, so a comment that
// writes it surely counted its stem (`prepareComment` skips only short words); a word that may grow
// when lower-cased ("İ") asks nothing of the comment.
const PLAIN = /^[a-z0-9']+$/;

/**
 * The content stem (see `contentStem`) of a folded word as a candidate must have counted it, or ''
 * for a word that is no content word or not plain ASCII (nothing is asked of the candidate then).
 */
export function plainStem(word: string): string {
  return PLAIN.test(word) ? keptStem(word) : '';
}
