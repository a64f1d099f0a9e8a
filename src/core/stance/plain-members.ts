/** Members a class may have and still be spelled out: more would multiply the texts too fast. */
const MAX_CLASS = 4;

/**
 * A class member that is one character and only itself: not an escape, a negation, a nested class
 * (the v flag's) or half of a surrogate pair, which without the u flag matches alone. "-" stands
 * for itself only first or last, which `plainMembers` checks.
 */
function standsForItself(member: string): boolean {
  const c = member.charCodeAt(0);
  return !'\\[]^&'.includes(member) && (c < 0xd800 || c > 0xdfff);
}

/**
 * The distinct members of a character class's `body` (what is between "[" and "]"), when they are
 * few and each stands for itself; null for anything else (a range, a negation, an escape, a
 * surrogate, too many characters).
 */
export function plainMembers(body: string): string[] | null {
  const members = [...new Set(body.split(''))];
  const plain =
    members.length > 0 &&
    members.length <= MAX_CLASS &&
    members.every(standsForItself) &&
    !body.slice(1, -1).includes('-');
  return plain ? members : null;
}
