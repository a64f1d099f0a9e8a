import { calledOn } from './called-on.ts';
import { firstSince } from './first-since.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { sharesRareWord } from './shares-rare-word.ts';

/**
 * "Why did the two vote no?" … "Berger said…, and Alvarez said…" … (seventeen comments on) "Alvarez
 * again.": whoever asked (or challenged someone by name, "Will, name one.") comes back to the answer
 * they got with their next comment, picking up its words, however long the page took in between.
 * Comment `j` answered comment `asked` by the author of comment `i`; the caller has found a rare word
 * the two share, which must be more than a number written out.
 */
export function picksUpAnswer(dump: PreparedDump, i: number, j: number, asked: number): boolean {
  const question = dump.comments[asked];
  if (question === undefined || !firstSince(dump, i, j) || !sharesRareWord(dump, i, j)) {
    return false;
  }
  return question.asks || calledOn(dump, j, asked) === 'name';
}
