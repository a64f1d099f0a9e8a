import { addressesByName } from './addresses-by-name.ts';
import { addressesOpening } from './addresses-opening.ts';
import { firstSince } from './first-since.ts';
import { openingAddress } from './opening-address.ts';
import type { PreparedDump } from './prepare-dump.ts';

/**
 * How comment `j`, an answer to the author of comment `i`, called on them, with no comment of
 * theirs in between: by name ("Will, name one.", "…, Bill.", "@splashdad") or with a question left
 * open at its end ("Source?"). Called on, people answer with their next comment, even when new
 * subjects were opened in the meantime. Null when it did neither.
 */
export function calledOn(dump: PreparedDump, i: number, j: number): 'name' | 'question' | null {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  const author = reply?.author;
  if (reply === undefined || cand === undefined || author == null) return null;
  if (!firstSince(dump, i, j)) return null;
  const address = openingAddress(cand.opening);
  if (address !== null && addressesOpening(address, author)?.points === 'address') return 'name';
  if ((addressesByName(cand, author, dump.variantsOf(author))?.score ?? 0) >= 0.9) return 'name';
  return cand.endsWithQuestion ? 'question' : null;
}
