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
  const folded = isPlainAscii(text) ? asciiKey(text) : unicodeKey(text);
  if (!/\b(?:st|ste|mt|ft|the)\b/.test(folded)) return folded;
  const words = folded.split(' ').map((w) => WORDS[w] ?? w);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

// The ASCII path of unicodeKey as one pass over the characters: most locations take it, and the
// Unicode path (NFKD and Unicode-aware regular expressions) costs about three times more.
function asciiKey(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 46 || c === 39 || c === 96) continue; // . ' `
    if (c === 38) {
      out += out.length > 0 ? ' and' : 'and'; // &
      gap = true;
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = out.length > 0;
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += String.fromCharCode(c);
  }
  return out;
}

function unicodeKey(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ßæœøłđðþı]/g, (ch) => FOLD[ch] ?? ch)
      .replace(/&/g, ' and ')
      // Dots and apostrophes join what they split: "N.Y." is "ny", "O'Fallon" is "ofallon".
      .replace(/[.'’‘`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
