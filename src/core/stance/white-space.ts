/**
 * The code units `\s` matches, which are also exactly those `String.prototype.trim` strips:
 * ECMAScript WhiteSpace and LineTerminator. For loops that stand in for a regular expression.
 */
export function isRegExpSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
