// What a display name on an indented bullet looks like, as opposed to a comment's first sentence.

/** Display names on antiwar.com are handles or "First Last"; five words is already a sentence. */
const MAX_NAME_WORDS = 5;
const MAX_NAME_CHARS = 40;
/**
 * Abbreviations that end a name with a full stop: "Jr.", "Greg T.", "Lt. Col. Harris (ret.)"; and
 * the ranks and offices that open one ("Maj. Gen. Harold Ostby (Ret.)", "Amb.", "Sen.", "Gov.").
 */
const ABBREVIATION_WORDS =
  /^\(?(?:jr|sr|ret|esq|phd|md|dr|mr|mrs|ms|st|prof|rev|lt|col|gen|capt|sgt|maj|brig|adm|cmdr|cdr|cpl|pvt|amb|sen|rep|gov|hon|fr)\.\)?$/iu;
/** Initials are capital letters, with or without spaces ("T.", "J.R.O."); "a." ends a sentence. */
const isAbbreviation = (w: string): boolean =>
  /^(?:\p{Lu}\.){1,4}$/u.test(w) || ABBREVIATION_WORDS.test(w);
/** Lower-case words that belong inside names ("Ludwig van Beethoven", "Omar al Bashir"). */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'der',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'y',
]);
/** Small words inside a title-case handle ("Reader in Exile", "Voice of Reason"): only when the
 * handle ends on a capital, so "Well said" or "Agreed on this" stay sentences. */
const CONNECTORS = new Set(['in', 'of', 'from', 'the', 'on', 'at', 'and', 'for']);

/**
 * Does the text on a bullet line look like a name? Short, no sentence punctuation; a final full
 * stop only after an initial or an abbreviation ("Greg T.", "Jr."), never after a word ("Agreed.");
 * and a capitalised first word followed by ordinary lower-case words is a sentence ("Well said").
 */
export function nameShape(text: string): boolean {
  if (text === '' || text.length > MAX_NAME_CHARS) return false;
  const words = text.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS) return false;
  if (!/^[\p{L}\p{N}_@]/u.test(text) || /[,:;!?"“”…•]/u.test(text)) return false;
  const last = words[words.length - 1] ?? '';
  if (last.endsWith('.') && !isAbbreviation(last)) return false;
  // Five words pass only when most of them are initials or titles ("Dr. A. B. Khoury").
  const abbreviations = words.filter(isAbbreviation).length;
  if (words.length === MAX_NAME_WORDS && abbreviations < 2) return false;
  const first = words[0] ?? '';
  if (/^\p{Lu}/u.test(first) && !/[\p{N}_]/u.test(text)) {
    const titled = /^\p{Lu}/u.test(last);
    const prose = words.slice(1).some(
      (w) =>
        /^\p{Ll}/u.test(w) &&
        !PARTICLES.has(w) &&
        !(titled && CONNECTORS.has(w)) &&
        // A bare initial ("Ingrid v") is a name's, not a sentence's last word.
        !/^\p{Ll}$/u.test(w) &&
        !isAbbreviation(w) &&
        !/^\(/u.test(w),
    );
    if (prose) return false;
  }
  return true;
}
