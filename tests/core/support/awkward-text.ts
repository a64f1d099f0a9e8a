import fc from 'fast-check';

/**
 * Characters that trip text handling: curly quotes and a no-break space, letters that fold
 * (accents, "İ", the Kelvin sign, a ligature, "ß"), letters that do not (Greek, a titlecase
 * digraph), a combining mark, symbols that fold to letters or digits, and the halves of an emoji
 * ("😀".split('') gives two lone surrogates).
 */
const AWKWARD = "aZ9 -’“'\u00a0\u2014éÉñÇøŁłİıß\u212A\uFB01²ǅΣς\u0301™½①😀";

/** Texts of up to `maxChars` awkward characters, any single code unit, or `extra` pieces. */
export function awkwardText(
  extra: ReadonlyArray<fc.Arbitrary<string>> = [],
  maxChars = 30,
): fc.Arbitrary<string> {
  const char = fc.oneof(
    fc.constantFrom(...AWKWARD.split(''), '😀', 'ǅ'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ...extra,
  );
  return fc.array(char, { maxLength: maxChars }).map((cs) => cs.join(''));
}
