import type { PreparedComment } from './prepare-comment.ts';

const HANDLE_MARK = /[_\d]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Does `reply` write the lower-case handle `displayName` whole, as its owner spells it, underscore
 * or digits and all ("As grant_w says, …")? Written so anywhere, it is that commenter: prose has no
 * "grant_w". A plain lower-case word ("forester") may be prose, so only handles with such marks.
 */
export function writesWholeHandle(reply: PreparedComment, displayName: string): boolean {
  if (!HANDLE_MARK.test(displayName) || displayName !== displayName.toLowerCase()) return false;
  // Asked for each candidate by such a handle: the body is searched as written, not lower-cased
  // anew each time (a handle is written as its owner spells it).
  const { body } = reply;
  for (let at = body.indexOf(displayName); at >= 0; at = body.indexOf(displayName, at + 1)) {
    const before = body[at - 1] ?? ' ';
    const after = body[at + displayName.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}
