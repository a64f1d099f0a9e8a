// "Linda G., is that you…" to Linda Gersh, "Mike F. has it right" for Mike Ferraro: where two
// commenters share a given name, readers tell them apart by the first letter of the surname.

/**
 * The given name and the surname's initial (`mike`, `f` for Mike Ferraro), for a display name of a
 * capitalised given name and surname; none where the display name is that already ("Linda P.").
 */
export function surnameInitial(parts: readonly string[]): readonly string[] | null {
  const [given, surname] = parts;
  if (parts.length !== 2 || given === undefined || surname === undefined) return null;
  if (!/^\p{Lu}\p{Ll}+$/u.test(given) || !/^\p{Lu}\p{Ll}{2,}/u.test(surname)) return null;
  return [given.toLowerCase(), surname.charAt(0).toLowerCase()];
}
