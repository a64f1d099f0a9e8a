/**
 * Letters of the right-to-left scripts of the Basic Multilingual Plane: Hebrew through Arabic
 * Extended-A (U+0590–U+08FF) and the Hebrew and Arabic presentation forms. The lookahead keeps
 * their vowel points and other marks out of the count, as `\p{L}` keeps them out of the total.
 */
const RTL_LETTER = /(?=\p{L})[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const LETTER = /\p{L}/gu;

/**
 * The direction a paragraph from a dump reads in, by most of its letters. `dir="auto"` goes by the
 * first one, so "אורית, my father…" (an English reply opening with a Hebrew name) was laid out right
 * to left, its full stop at the start of the line. Without letters the browser decides ('auto').
 */
export function paragraphDirection(text: string): 'ltr' | 'rtl' | 'auto' {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'auto';
  return (text.match(RTL_LETTER)?.length ?? 0) * 2 > letters ? 'rtl' : 'ltr';
}
