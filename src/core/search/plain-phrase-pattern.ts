/**
 * Matches folded `tokens` side by side in a plain text (isPlainText), where a word is a run of
 * [A-Za-z0-9] and anything else separates; the last token of an `open` phrase need only start a
 * word. Null when a token holds a character no plain text has: it cannot occur there.
 */
export function plainPhrasePattern(tokens: readonly string[], open: boolean): RegExp | null {
  if (!tokens.every((t) => /^[a-z0-9]+$/.test(t))) return null;
  // A folded word holds no separator, so none of the pattern's characters is special; and without
  // the `u` flag, `i` never makes a letter beyond ASCII match one in it ("ı" is no "i").
  const end = open ? '' : '(?![a-z0-9])';
  return new RegExp(`(?<![a-z0-9])${tokens.join('[^a-z0-9]+')}${end}`, 'i');
}
