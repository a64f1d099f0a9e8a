import { normalizeTerm } from './normalize-term.ts';
import { isSeparator } from './scan-phrase.ts';

/** What isPlainText lets through: ASCII and the punctuation typed around it. */
const NOT_PLAIN = /[^\0-\x7f\u00a0\u2010-\u2029]/g;
const HAS_NOT_PLAIN = /[^\0-\x7f\u00a0\u2010-\u2029]/;
const FOLDS_TO_WORD = /^[a-z0-9]+$/;

/** Each character met, folded alone: its ASCII letters and digits, or null when it has none. */
const folds = new Map<string, string | null>();

function foldChar(c: string): string | null {
  let fold = folds.get(c);
  if (fold === undefined) {
    const t = normalizeTerm(c);
    // A separator that folds to letters ("™" → "tm") must stay one.
    fold = FOLDS_TO_WORD.test(t) && !isSeparator(c.charCodeAt(0)) ? t : null;
    folds.set(c, fold);
  }
  return fold;
}

/**
 * `text` with each accented letter written as the search folds it ("Café" → "Cafe", "ﬁx" → "fix"):
 * a plain text (isPlainText) whose [A-Za-z0-9] runs, lower-cased, are the words the search folds
 * from `text`. Null when some character does not fold alone to letters or digits (a combining mark,
 * "ß", Greek, Cyrillic, emoji): such a text must be split and folded word by word. One comment in
 * three of the 50,000-comment bench dump has accented letters, and all of them pass.
 */
export function asPlainText(text: string): string | null {
  // Most texts are plain already: one scan, no copy.
  if (!HAS_NOT_PLAIN.test(text)) return text;
  let plain = true;
  // Lone surrogate halves (the pattern has no `u` flag) fold to themselves: not plain.
  const out = text.replace(NOT_PLAIN, (c) => {
    const fold = foldChar(c);
    if (fold === null) plain = false;
    return fold ?? c;
  });
  return plain ? out : null;
}
