import { openingAddress } from './opening-address.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { foldWord } from './scan-words.ts';

// "Pat, it's in the report…", "Dr. Kahale, good.": a capitalised name of a word or two, then a comma.
const VOCATIVE =
  /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)?,\s/u;

/**
 * Does comment `j` open by speaking to another commenter, one who wrote from comment `from` on
 * ("Pat, it's in the heat report", "@Lisa", "Tom:", "J. R.,")? Such a comment is an answer to that
 * person, not a point made to the page.
 */
export function opensToAnother(dump: PreparedDump, j: number, from: number): boolean {
  const comment = dump.comments[j];
  if (comment === undefined) return false;
  const address = openingAddress(comment.opening);
  if (address !== null) return address.kind !== 'what-said' && address.kind !== 'agree-with';
  const written = VOCATIVE.exec(comment.opening)?.[1];
  if (written === undefined) return false;
  // A capitalised word before a comma is often no name ("Honestly, …"): only a commenter's counts.
  const word = foldWord(written);
  for (let k = j - 1; k >= Math.max(0, from); k--) {
    const other = dump.comments[k];
    if (other?.author == null || other.authorKey === comment.authorKey) continue;
    if (dump.variantsOf(other.author).some((v) => v.words[0] === word)) return true;
  }
  return false;
}
