import { splitDisplayName } from './name-variants.ts';

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'rev']);
const TITLED = /^(?:dr|mr|mrs|ms|prof|rev)\b/iu;

const words = (name: string): string[] =>
  splitDisplayName(name)
    .map((w) => w.toLowerCase())
    .filter((w) => !TITLES.has(w));

/**
 * Does a name written in a reply ("Lisa", "Dave", "gooner_in_exile", "Lisa Tran") stand for the
 * display name? The written words must be the display name's first words (a first name alone for
 * "First Last"), the surname after a title ("Dr. Mensah"), or the whole handle. Common words
 * count too: the caller reads them only where a name is expected ("What Will said", "@Grace").
 */
export function nameMatches(written: string, displayName: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (fold(written) !== '' && fold(written) === fold(displayName)) return true;
  // Digits make a handle exact: "sam1984" is not "sam1985", though both read as "sam".
  if (/\p{N}/u.test(written)) return false;
  const have = words(displayName);
  const want = words(written);
  if (want.length === 0 || want.length > have.length) return false;
  if (want.every((w, k) => have[k] === w)) return true;
  // A title goes with the surname ("Dr. Mensah" for Dr. Kofi Mensah), never with a first name.
  const tail = have.slice(have.length - want.length);
  return TITLED.test(written) && want.every((w, k) => tail[k] === w);
}

/** "J. R." for "J. R. O.", "Dr. N." for "Dr. Nkemelu", "S. K." for "S. K.": initials, title aside. */
export function initialsMatch(written: string, displayName: string): boolean {
  const letters = words(written).map((w) => w[0] ?? '');
  const initials = words(displayName).map((w) => w[0] ?? '');
  if (letters.length === 0 || letters.length > initials.length) return false;
  const titled = TITLED.test(written);
  // One initial alone is too weak unless it is the whole name or comes with the same title.
  if (letters.length === 1 && initials.length > 1 && !titled) return false;
  if (
    titled &&
    !displayName.toLowerCase().startsWith(written.toLowerCase().split(/[.\s]/u)[0] ?? '')
  ) {
    return false;
  }
  return letters.every((l, k) => initials[k] === l);
}
