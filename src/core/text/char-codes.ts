// Character tests on UTF-16 code units, one name per thing tested. Scanners call them per
// character, so they compare numbers and never build a string or run a regular expression.

/**
 * The code units `trim()` and `\s` treat as whitespace (WhiteSpace plus LineTerminator in ECMA-262),
 * so a line isBlank calls blank is one trim() empties.
 */
export function isSpaceCode(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The white space the stance tokenizer splits words at: fewer than `isSpaceCode`, because the
 * lexicon's tokens were cut that way and the stance fixtures depend on it.
 */
export function isTokenSpaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x3000
  );
}

/** Letters of Latin and most other scripts and digits; General Punctuation (U+2000–U+206F) is not. */
export function isLetterOrDigitCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c >= 0x2070);
}

/** A capital A–Z or Latin-1 capital (À–Þ, not ×). */
export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** A straight or typographic apostrophe. */
export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * A character a word may start or end with once the punctuation around it is stripped: an ASCII
 * letter or digit, or anything outside ASCII except the quotes, dashes, ellipsis and guillemets
 * that wrap words in these dumps.
 */
export function isWordEdgeCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return !(
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026 ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0xab ||
    code === 0xbb
  );
}
