// Letters that NFKD does not split into base + mark, so stripping marks alone would keep them.
const FOLD: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

// Abbreviated words are spelled out so "St. Louis" meets "Saint Louis" and "mt dora" meets
// "Mount Dora"; "st" is never a state code, so the rewrite cannot eat one.
const WORDS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

/**
 * The lookup key of a place name: diacritics folded ("München" → "munchen"), lower case, dots and
 * apostrophes dropped ("N.Y." → "ny"), other punctuation as spaces, a leading "the" dropped.
 */
export function normalizeKey(text: string): string {
  // Most locations are plain ASCII: skip the Unicode folding, the costliest step, for them.
  const lower = /^[\x20-\x7e]*$/.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[ßæœøłđðþı]/g, (ch) => FOLD[ch] ?? ch);
  const folded = lower
    .replace(/&/g, ' and ')
    // Dots and apostrophes join what they split: "N.Y." is "ny", "O'Fallon" is "ofallon".
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!/\b(?:st|ste|mt|ft|the)\b/.test(folded)) return folded;
  const words = folded.split(' ').map((w) => WORDS[w] ?? w);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}
