/**
 * Texts of ASCII and the punctuation people type around it (no-break space, dashes, curly quotes,
 * the ellipsis): every other character of these is a separator to the search tokenizer, so a word
 * is a run of [A-Za-z0-9] and folding is lower-casing. Regular expressions can then stand in for
 * splitting and folding every word (about 20 µs a comment).
 */
const PLAIN = /^[\0-\x7f\u00a0\u2010-\u2029]*$/;

/** Whether `text`'s words, as the search folds them, are its [A-Za-z0-9] runs lower-cased. */
export function isPlainText(text: string): boolean {
  return PLAIN.test(text);
}
