/**
 * C0/C1 controls (ESC starts terminal escape sequences, CR rewrites the line) and the bidi
 * controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C, which reorder what follows them) shown
 * as visible `\u{…}` escapes, so a file name can neither drive the terminal nor reverse the message.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
