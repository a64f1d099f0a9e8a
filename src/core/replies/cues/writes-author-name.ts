import type { PreparedDump } from './prepare-dump.ts';

// Asked of forty to eighty candidates per reply, whose authors are mostly all different: the
// authors a reply names are marked once, from its few capitalised words, and each candidate is then
// one look-up. A mark is the reply's stamp, so nothing is cleared between replies. The marks are the
// dump's own: held in a module variable, the last dump (every prepared comment of it) outlived its
// reply inference, through all of stance, and raised the CLI's peak on the 50k dump from about 235
// to 280 MB; kept in a WeakMap, they cost a look-up per call, over a million per 30k dump.
export interface NameMarks {
  reply: number;
  stamp: number;
  readonly stamps: Int32Array;
}

/** Marks for a dump of `comments` comments (authors are numbered below that). */
export const newNameMarks = (comments: number): NameMarks => ({
  reply: -1,
  stamp: 0,
  stamps: new Int32Array(comments),
});

/**
 * Does comment `i` write, as a name (capitalised or first), a word a variant of the name of comment
 * `j`'s author starts with?
 */
export function writesAuthorName(dump: PreparedDump, i: number, j: number): boolean {
  const author = dump.authorAt[j] ?? -1;
  if (author < 0) return false;
  const marks = dump.nameMarks;
  if (i !== marks.reply) mark(dump, marks, i);
  return marks.stamps[author] === marks.stamp;
}

const NO_AUTHORS: readonly never[] = [];

function mark(dump: PreparedDump, marks: NameMarks, i: number): void {
  marks.reply = i;
  marks.stamp += 1;
  for (const w of dump.comments[i]?.nameWordList ?? NO_AUTHORS) {
    // Most name words start no commenter's name: no empty list made for each.
    const authors = dump.authorsStartingWith.get(w);
    if (authors !== undefined) for (const a of authors) marks.stamps[a] = marks.stamp;
  }
}
