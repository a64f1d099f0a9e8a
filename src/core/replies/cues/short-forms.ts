// How English given names are shortened when people talk to each other: clipped to their first
// syllable ("Ray" for Raymond, "Kath" for Katherine), often with a pet ending ("Kathy", "Katie",
// "Sammy" for Samuel), and in older names clipped as spoken, without the r ("Maggie" for Margaret,
// "Babs" would be beyond it). Rules of the language, not a list of names: any given name gets them.

/** A name shorter than this is already short: "Anna", "Paul". */
const MIN_NAME = 5;
const VOWEL = /[aeiouy]/u;
const CONSONANT = /[^aeiouy]$/u;
/** "Mar-garet" said "Ma-garet": an r closing the first syllable is dropped before a consonant. */
const SPOKEN_R = /^([^aeiou]*[aeiou])r(?=[^aeiouy])/u;

/** The pet forms of a clipped stem: "kath" → kath, kathy, kathie; "sam" → sammy, sammie too. */
function petForms(stem: string, into: Set<string>): void {
  into.add(stem);
  if (!CONSONANT.test(stem)) return;
  into.add(`${stem}y`);
  into.add(`${stem}ie`);
  const last = stem.at(-1) ?? '';
  // A single consonant after a vowel doubles before the ending: "Sammy", "Maggie", "Danny".
  if (!CONSONANT.test(stem.slice(0, -1))) {
    into.add(`${stem}${last}y`);
    into.add(`${stem}${last}ie`);
  }
}

/**
 * The short forms of a lower-case given name, the name itself left out: clips of three and four
 * letters that end on a consonant after a vowel, with their pet endings.
 */
export function shortForms(given: string): string[] {
  if (given.length < MIN_NAME || !/^\p{Ll}+$/u.test(given)) return [];
  const forms = new Set<string>();
  for (const name of [given, given.replace(SPOKEN_R, '$1')]) {
    for (const size of [3, 4]) {
      const stem = name.slice(0, size);
      if (name.length < size + 2 || !VOWEL.test(stem.slice(0, -1))) continue;
      if (CONSONANT.test(stem) || stem.endsWith('y')) petForms(stem, forms);
    }
  }
  forms.delete(given);
  return [...forms];
}
