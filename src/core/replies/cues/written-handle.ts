import type { NameVariant } from './name-variants.ts';

const DIGIT = /\d/u;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * "adjunct_4_life is right about the sections", "As welder_dave88 says": a handle with digits,
 * written whole as its owner spells it, reads as the words and digits it is written with ("adjunct
 * 4 life", "welder dave88"). Its name words leave the digits out, and so matched nowhere but where a
 * handle's word opens the reply. Null for a handle without digits: its name words are how it reads.
 */
export function writtenHandle(displayName: string, lowerCaseHandle: boolean): NameVariant | null {
  if (!DIGIT.test(displayName)) return null;
  const words = displayName
    .toLowerCase()
    .split(SEPARATORS)
    .filter((w) => w !== '');
  return words.length > 0 ? { words, lowerCaseHandle, whole: true } : null;
}
