import type { PreparedDump } from './prepare-dump.ts';

// Asked of forty to eighty candidates per reply, whose authors are mostly all different: the
// authors a reply names are marked once, from its few capitalised words, and each candidate is then
// one look-up. A mark is the reply's stamp, so nothing is cleared between replies.
let markedDump: PreparedDump | null = null;
let markedReply = -1;
let stamp = 0;
let stamps = new Int32Array(0);

/**
 * Does comment `i` write, as a name (capitalised or first), a word a variant of the name of comment
 * `j`'s author starts with?
 */
export function writesAuthorName(dump: PreparedDump, i: number, j: number): boolean {
  const author = dump.authorAt[j] ?? -1;
  if (author < 0) return false;
  if (dump !== markedDump || i !== markedReply) mark(dump, i);
  return stamps[author] === stamp;
}

function mark(dump: PreparedDump, i: number): void {
  markedDump = dump;
  markedReply = i;
  stamp++;
  const authors = dump.authorAt.length;
  if (stamps.length < authors) stamps = new Int32Array(Math.max(authors, 2 * stamps.length));
  for (const w of dump.comments[i]?.nameWords ?? []) {
    for (const a of dump.authorsStartingWith.get(w) ?? []) stamps[a] = stamp;
  }
}
