import type { PreparedDump } from './prepare-dump.ts';

// Asked of forty to eighty candidates per reply, whose authors are mostly all different: the
// authors a reply names are marked once, from its few capitalised words, and each candidate is then
// one look-up. A mark is the reply's stamp, so nothing is cleared between replies. The marks hang
// off their dump in a WeakMap: held in a module variable, the last dump (every prepared comment of
// it) outlived its reply inference, through all of stance, and raised the CLI's peak on the 50k
// dump from about 235 to 280 MB.
interface Marks {
  reply: number;
  stamp: number;
  readonly stamps: Int32Array;
}
const marksOf = new WeakMap<PreparedDump, Marks>();

/**
 * Does comment `i` write, as a name (capitalised or first), a word a variant of the name of comment
 * `j`'s author starts with?
 */
export function writesAuthorName(dump: PreparedDump, i: number, j: number): boolean {
  const author = dump.authorAt[j] ?? -1;
  if (author < 0) return false;
  let marks = marksOf.get(dump);
  if (marks === undefined) {
    marks = { reply: -1, stamp: 0, stamps: new Int32Array(dump.authorAt.length) };
    marksOf.set(dump, marks);
  }
  if (i !== marks.reply) mark(dump, marks, i);
  return marks.stamps[author] === marks.stamp;
}

function mark(dump: PreparedDump, marks: Marks, i: number): void {
  marks.reply = i;
  marks.stamp += 1;
  for (const w of dump.comments[i]?.nameWordList ?? []) {
    for (const a of dump.authorsStartingWith.get(w) ?? []) marks.stamps[a] = marks.stamp;
  }
}
