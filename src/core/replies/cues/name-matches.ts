import { splitDisplayName } from './name-variants.ts';

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'rev']);
const TITLED = /^(?:dr|mr|mrs|ms|prof|rev)\b/iu;
/** A handle in lower case, its words joined by an underscore, a dot or digits. */
const LOWER_CASE_HANDLE = /^[\p{Ll}\p{N}]+(?:[._][\p{Ll}\p{N}]+)+$|^\p{Ll}+\p{N}+$/u;
/** A handle's last part this short ("_mr", "_nj") is initials or a place, not a name. */
const MIN_PART = 3;

export interface NameKey {
  /** Lower case, letters and digits only: `MyThreeCents` and `my three cents` are one. */
  readonly folded: string;
  /** The name's words, lower case, titles left out. */
  readonly words: readonly string[];
}

/**
 * A reply's opening address is compared with every candidate's display name, forty to eighty per
 * reply: splitting the same names again each time was a tenth of reply inference. Bounded so a dump
 * of endless distinct names cannot grow it without limit.
 */
const keys = new Map<string, NameKey>();
const KEYS_KEPT = 4096;

export function keyOf(name: string): NameKey {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = {
      folded: name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''),
      words: splitDisplayName(name)
        .map((w) => w.toLowerCase())
        .filter((w) => !TITLES.has(w)),
    };
    keys.set(name, key);
  }
  return key;
}

const words = (name: string): readonly string[] => keyOf(name).words;

/**
 * The name folded for comparisons: lower case, letters and digits only. Read for every comment of a
 * dump, whose few thousand authors write most of its comments: their keys are cached already.
 */
export const foldedName = (name: string): string => keyOf(name).folded;

// The name a reply's address writes is the same for each of its forty to eighty candidates: its key
// is kept aside, a look-up saved per candidate.
let lastWritten: string | null = null;
let lastWrittenKey: NameKey | null = null;
function writtenKey(written: string): NameKey {
  if (written !== lastWritten || lastWrittenKey === null) {
    lastWrittenKey = keyOf(written);
    lastWritten = written;
  }
  return lastWrittenKey;
}

/**
 * Does a name written in a reply ("Lisa", "Dave", "gooner_in_exile", "Lisa Tran") stand for the
 * display name? The written words must be the display name's first words (a first name alone for
 * "First Last"), the surname after a title ("Dr. Mensah"), or the whole handle. Common words
 * count too: the caller reads them only where a name is expected ("What Will said", "@Grace").
 */
export function nameMatches(written: string, displayName: string): boolean {
  const folded = keyOf(written).folded;
  if (folded !== '' && folded === keyOf(displayName).folded) return true;
  // Digits make a handle exact: "sam1984" is not "sam1985", though both read as "sam".
  if (/\p{N}/u.test(written)) return handlePart(written, displayName);
  const have = words(displayName);
  const want = words(written);
  if (want.length === 0 || want.length > have.length) return false;
  if (want.every((w, k) => have[k] === w)) return true;
  // "Agree with Walt." for oldtimer_walt: a lower-case handle built of a word and a name ends on the
  // name its bearer goes by, written as a name as surely as a handle's first part is.
  const last = want[0] ?? '';
  if (
    want.length === 1 &&
    last.length >= MIN_PART &&
    have.at(-1) === last &&
    LOWER_CASE_HANDLE.test(displayName)
  ) {
    return true;
  }
  // A title goes with the surname ("Dr. Mensah" for Dr. Kofi Mensah), never with a first name.
  const tail = have.slice(have.length - want.length);
  return TITLED.test(written) && want.every((w, k) => tail[k] === w);
}

/**
 * "dan77 is right." for trucker_dan77: a part of a handle between its underscores or dots, written
 * with the part's own digits, is as exact as the whole (the digits tell it from a word of prose).
 */
function handlePart(written: string, displayName: string): boolean {
  const want = written.toLowerCase();
  return displayName
    .toLowerCase()
    .split(/[._]/u)
    .some((part) => part === want && /\p{N}/u.test(part) && /\p{L}/u.test(part));
}

/**
 * "@Lena Marsh Petrov never said that": with no comma after an "@" name, the capitalised word opening
 * the sentence runs on from it. The display name counts when it is at least two words and all of it
 * opens what was written (one word alone is too often part of somebody else's longer name).
 */
export function namesRunOn(written: string, displayName: string): boolean {
  const have = words(displayName);
  const want = words(written);
  return have.length >= 2 && want.length > have.length && have.every((w, k) => want[k] === w);
}

/**
 * False wherever `nameMatches` is, from the two cached keys alone: an opening address is weighed
 * against forty to eighty display names, nearly none of them its own.
 */
export function mayNameMatch(
  written: string,
  displayName: string,
  /** The display name's key when the caller keeps it (`keyOf(displayName)`). */
  have: NameKey = keyOf(displayName),
): boolean {
  const want = writtenKey(written);
  if (want.folded !== '' && want.folded === have.folded) return true;
  // The first words meet, or (after a title) the last ones.
  return (
    want.words.length > 0 &&
    (want.words[0] === have.words[0] || want.words.at(-1) === have.words.at(-1))
  );
}

/** False wherever `initialsMatch` is: the first initials differ. */
export function mayInitialsMatch(
  written: string,
  displayName: string,
  have: NameKey = keyOf(displayName),
): boolean {
  const letter = words(written)[0]?.[0];
  return letter !== undefined && letter === have.words[0]?.[0];
}

/** "J. R." for "J. R. O.", "Dr. N." for "Dr. Nkemelu", "S. K." for "S. K.": initials, title aside. */
export function initialsMatch(written: string, displayName: string): boolean {
  // "T.J." is somebody's given initials: nobody shortens "truckin_jim_65" that way.
  if (LOWER_CASE_HANDLE.test(displayName)) return false;
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
