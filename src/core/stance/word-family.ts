// Word-family matching without a stemmer package: each base word is expanded once, at load, into
// the inflected and derived forms English builds from it ("agree" → agrees, agreed, agreeing,
// agreement, agreements). Over-generation is harmless — a non-word never occurs in a comment — and
// a lookup is then one Map.get per token instead of a stemming pass or an alternation regex.

const VERB_NOUN_SUFFIXES = ['s', 'es', 'ed', 'ing', 'ment', 'ments', 'er', 'ers', 'or', 'ors'];
const LATIN_SUFFIXES = ['ion', 'ions', 'ive', 'ively'];

/** The forms of `base` a comment may use; a final "e" or "y" is dropped or turned as English does. */
export function wordFamily(base: string): string[] {
  const forms = new Set<string>([base]);
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  for (const s of VERB_NOUN_SUFFIXES) {
    forms.add(base + s);
    if (stem !== base && !s.startsWith('m')) forms.add(stem + s);
  }
  if (base.endsWith('ate') || base.endsWith('ize') || base.endsWith('ise')) {
    for (const s of LATIN_SUFFIXES) forms.add(stem + s);
    if (!base.endsWith('ate')) for (const s of ['ation', 'ations']) forms.add(stem + s);
  }
  if (base.endsWith('y') && !/[aeiou]y$/u.test(base)) {
    const root = base.slice(0, -1);
    for (const s of ['ies', 'ied', 'ic', 'ics', 'ically']) forms.add(root + s);
  }
  if (base.endsWith('ise')) for (const f of wordFamily(`${base.slice(0, -3)}ize`)) forms.add(f);
  return [...forms];
}
