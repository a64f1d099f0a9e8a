/**
 * A title a commenter signs with or a reader writes before a name, in its spellings: `short` is
 * written with a dot ("Dr. Vo", "Ms. Li"), `long` spelt out.
 */
interface Title {
  readonly short?: string;
  readonly long?: string;
  /**
   * Readers call its bearer by the title alone ("Doctor, …" to Dr. Kulkarni, "Coach, …"): not so
   * "Sir, …" or "Sister, …", said to anyone.
   */
  readonly alone?: boolean;
  /**
   * Read only as a role ("the councilman"), never as a title before a name: the words before a
   * name have not counted council titles, and counting them would change which names read as called.
   */
  readonly roleOnly?: boolean;
}

/**
 * Every title the name cues know, once: the words before a name (name-context-words.ts), the ways
 * a titled name is written (name-variants.ts) and the roles a title gives (names-by-role.ts) all
 * read this table, so that a title added or spelt anew reaches each of them.
 */
export const TITLE_TABLE = [
  { short: 'dr', long: 'doctor', alone: true },
  { short: 'prof', long: 'professor', alone: true },
  { short: 'rev', long: 'reverend', alone: true },
  { short: 'sgt', long: 'sergeant', alone: true },
  { short: 'capt', long: 'captain', alone: true },
  { short: 'lt', long: 'lieutenant', alone: true },
  { short: 'det', long: 'detective', alone: true },
  { short: 'mr' },
  { short: 'mrs' },
  { short: 'ms' },
  { long: 'coach', alone: true },
  { long: 'pastor', alone: true },
  { long: 'father' },
  { long: 'sister' },
  { long: 'sir' },
  { long: 'officer' },
  { long: 'nurse' },
  { long: 'councilmember', roleOnly: true },
  { long: 'councilman', roleOnly: true },
  { long: 'councilwoman', roleOnly: true },
  { long: 'councillor', roleOnly: true },
  { long: 'alderman', roleOnly: true },
  { long: 'chief', roleOnly: true },
] as const satisfies readonly Title[];

type SpellingsOf<T> =
  | (T extends { readonly short: infer S } ? S : never)
  | (T extends { readonly long: infer L } ? L : never);

/** A spelling of a title in TITLE_TABLE, lower case, without its dot. */
export type TitleSpelling = SpellingsOf<(typeof TITLE_TABLE)[number]>;

/** A title's spellings, the short one first. */
export const spellingsOf = (title: Title): string[] =>
  [title.short, title.long].filter((s) => s !== undefined);
