import type { PreparedDump } from './prepare-dump.ts';

// Numbers written out say how many, not what of: "eleven years in that building" and "eleven
// dollars a month" share no subject.
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred thousand million billion dozen'
  ).split(' '),
);

/**
 * Do comments `i` and `j` share a rare word other than a number written out? What the asker takes
 * up from an answer far above is its subject; a figure alone may be any other.
 */
export function sharesRareWord(dump: PreparedDump, i: number, j: number): boolean {
  const mine = dump.rare[i];
  const theirs = dump.rare[j];
  if (mine === undefined || theirs === undefined) return false;
  for (const [stem, word] of mine) {
    if (theirs.has(stem) && !NUMBER_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}
