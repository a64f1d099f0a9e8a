// The ways a reader writes another commenter's display name: "Three Cents" for MyThreeCents,
// "Realist" for TheRealistNYC, "Veteran" for Veteran67, "Mike" for Mike Brennan.
import { shortForms } from './short-forms.ts';
import { surnameInitial } from './surname-initial.ts';
import { spellingsOf, TITLE_TABLE } from './title-table.ts';
import { writtenHandle } from './written-handle.ts';

export interface NameVariant {
  /** Lower-case words that must appear in a row. */
  readonly words: readonly string[];
  /** Written in lower case in the display name (`boroka`): only trusted as a direct address. */
  readonly lowerCaseHandle: boolean;
  /** The whole display name, not a part of it. */
  readonly whole: boolean;
  /**
   * A first name that is also a common word ("Bill", "Grace", "Will") or very short ("Jo"): only
   * trusted as a vocative ("Bill, for what it's worth…"), never as a mention ("Mark my words").
   */
  readonly vocativeOnly?: boolean;
  /** A short form of the given name ("Ray" for Raymond): dropped where someone goes by it. */
  readonly shortForm?: boolean;
}

// Given names that are also everyday words: read as a name only in a vocative ("Bill, …").
const GIVEN_NAMES = new Set(
  (
    'mark will may june rich hope faith joy grace sue bill art ray dean miles lee rose pat guy ' +
    'gene dawn ivy sunny summer penny sandy holly robin april heather iris pearl ruby amber ' +
    'crystal chance drew chase hunter grant reed rusty sterling victor'
  ).split(' '),
);

// Words that make up handles ("Great American", "common sense advocate") but are ordinary prose,
// so seeing one of them alone is no evidence of a mention.
const COMMON = new Set(
  (
    'the of a an and or my our your his her their in on at to for from by with is be it this that ' +
    'old new big little great good bad real true just not no yes man woman guy girl lady mr ms mrs ' +
    'dr prof sir citizen reader voter american america mom dad one two three four five first last ' +
    'mark will may june rich hope faith joy grace sue bill art ray dean miles lee rose ' +
    'common sense advocate voice view point missed picture world news times city country state ' +
    'north south east west middle truth free liberal conservative independent progressive patriot ' +
    'observer concerned retired former proud native local usa nyc la dc us uk'
  ).split(' '),
);

// Titles readers call their bearer by, written out or shortened: either spelling addresses whoever
// bears the title.
const TITLE_SPELLINGS = new Map(
  TITLE_TABLE.filter((t) => 'alone' in t)
    .map(spellingsOf)
    .flatMap((g) => g.map((t) => [t, g] as const)),
);

/** Titles without a long form: "Ms. Li" for Ms. Ana Li. */
const PLAIN_TITLES = new Set<string>(
  TITLE_TABLE.flatMap((t) => ('short' in t && !('long' in t) ? [t.short] : [])),
);

/** Splits a display name into words, including CamelCase handles and letter/digit runs. */
export function splitDisplayName(name: string): string[] {
  return name
    .replace(/([a-z\u00df-\u00ff])([A-Z\u00c0-\u00de])/g, '$1 $2')
    .replace(/([A-Z\u00c0-\u00de]+)([A-Z\u00c0-\u00de][a-z\u00df-\u00ff])/g, '$1 $2')
    .split(/[^a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff]+/)
    .filter((w) => w !== '');
}

export function nameVariants(displayName: string): NameVariant[] {
  const parts = splitDisplayName(displayName);
  const lowerCaseHandle = displayName === displayName.toLowerCase();
  const words = parts.map((p) => p.toLowerCase());
  const variants: NameVariant[] = [];
  const seen = new Set<string>();
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= Math.min(words.length, from + 4); to++) {
      const run = words.slice(from, to);
      // A run counts only if some word in it is a name-like word: three letters or more and not prose.
      if (!run.some((w) => w.length >= 3 && !COMMON.has(w))) continue;
      const key = run.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      variants.push({ words: run, lowerCaseHandle, whole: from === 0 && to === words.length });
    }
  }
  // A capitalised first name the rule above skipped is still how people address each other.
  const first = words[0];
  const written = parts[0] ?? '';
  if (
    first !== undefined &&
    first.length >= 2 &&
    (GIVEN_NAMES.has(first) || !COMMON.has(first)) &&
    /^\p{Lu}\p{Ll}/u.test(written) &&
    !seen.has(first)
  ) {
    variants.push({
      words: [first],
      lowerCaseHandle: false,
      whole: words.length === 1,
      vocativeOnly: true,
    });
  }
  // "Ray, $11 million in the red…" to Raymond T. Kessler, "Kathy, …" to Katherine Doyle: a given
  // name's short forms, only as a vocative (a clip may be a word); `prepareDump` drops one that
  // another commenter's given name is ("Mary, …" to Mary Roche, not to Marcus).
  if (first !== undefined && words.length > 1 && /^\p{Lu}\p{Ll}/u.test(written)) {
    for (const form of shortForms(first)) {
      if (seen.has(form)) continue;
      seen.add(form);
      variants.push({
        words: [form],
        lowerCaseHandle: false,
        whole: false,
        vocativeOnly: true,
        shortForm: true,
      });
    }
  }
  // "Sergeant, no." to Sgt. Dwayne Oyelaran, "Doctor, …" to Dr. Kulkarni: the title alone, in
  // either spelling, as a vocative only.
  for (const title of TITLE_SPELLINGS.get(first ?? '') ?? []) {
    if (words.length > 1 && !seen.has(title)) {
      variants.push({ words: [title], lowerCaseHandle: false, whole: false, vocativeOnly: true });
    }
  }
  // "Raymond Kessler" for Raymond T. Kessler: the middle initials are left out as often as not.
  if (words.length > 2 && words.slice(1, -1).every((w) => w.length === 1) && first !== undefined) {
    const run = [first, words[words.length - 1] ?? ''];
    const key = run.join(' ');
    if (first.length > 1 && !seen.has(key) && run.some((w) => w.length >= 3 && !COMMON.has(w))) {
      seen.add(key);
      variants.push({ words: run, lowerCaseHandle: false, whole: false });
    }
  }
  // "Dr. Vo" for Dr. Ann Vo: a surname too short to stand alone is still a name after the title.
  const last = words[words.length - 1];
  if (
    (TITLE_SPELLINGS.has(first ?? '') || PLAIN_TITLES.has(first ?? '')) &&
    words.length > 2 &&
    last !== undefined
  ) {
    const key = `${first} ${last}`;
    if (!seen.has(key)) {
      seen.add(key);
      variants.push({ words: [first ?? '', last], lowerCaseHandle: false, whole: false });
    }
  }
  // "TK, bowhunting in a city park…" to bowhunter_tk42: two letters inside a handle are the
  // initials its owner goes by; as short as they are, only a direct address counts: opening the
  // reply, or written as a name set off at a sentence's end ("That is the point, Ed." to OldTimer_Ed).
  if (/[_\d]/u.test(displayName)) {
    for (const w of words) {
      if (w.length === 2 && !COMMON.has(w) && !seen.has(w)) {
        seen.add(w);
        variants.push({ words: [w], lowerCaseHandle: true, whole: false });
        variants.push({ words: [w], lowerCaseHandle: false, whole: false, vocativeOnly: true });
      }
    }
  }
  // "OldPierOwner, we should…": a CamelCase handle written as one word, as its owner spells it. Its
  // front, written as one word, is how readers shorten it ("OakCreek, on your question…" to
  // OakCreekMom): only as a vocative, since the front alone may be prose.
  if (parts.length > 1 && /^[\p{L}\p{N}]+$/u.test(displayName)) {
    const joined = words.join('');
    if (!seen.has(joined)) variants.push({ words: [joined], lowerCaseHandle, whole: true });
    for (let to = 2; to < words.length; to++) {
      const run = words.slice(0, to);
      const front = run.join('');
      if (seen.has(front) || front.length < 5) continue;
      if (!run.some((w) => w.length >= 3 && !COMMON.has(w))) continue;
      seen.add(front);
      variants.push({ words: [front], lowerCaseHandle, whole: false, vocativeOnly: true });
    }
  }
  const handle = writtenHandle(displayName, lowerCaseHandle);
  if (handle !== null && !seen.has(handle.words.join(' '))) {
    seen.add(handle.words.join(' '));
    variants.push(handle);
  }
  // "J.P. is exactly the person this hurts." for J.P. Doyle: the initials a commenter signs with,
  // written as they sign them, stand for them as their first name would.
  const lead = parts.findIndex((p) => !/^\p{Lu}$/u.test(p));
  if (lead >= 2 && lead < parts.length && parts.slice(0, lead).every((p) => /^\p{Lu}$/u.test(p))) {
    const initials = words.slice(0, lead);
    const key = initials.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      variants.push({ words: initials, lowerCaseHandle: false, whole: false });
    }
  }
  // "K.L.W." written in full mid-text ("the figure K.L.W. asked about") is as distinct as a name.
  if (
    words.length >= 2 &&
    words.every((w) => w.length === 1) &&
    parts.every((p) => /^\p{Lu}$/u.test(p))
  ) {
    variants.push({ words, lowerCaseHandle: false, whole: true });
  }
  const initialed = surnameInitial(parts);
  if (initialed !== null) variants.push({ words: initialed, lowerCaseHandle: false, whole: false });
  // Longest first, so "Three Cents" wins over "Cents" when both would match.
  return variants.sort((a, b) => b.words.length - a.words.length);
}
