import { addressesByName } from './addresses-by-name.ts';
import { addressesOpening } from './addresses-opening.ts';
import { openingAddress } from './opening-address.ts';
import type { PreparedDump } from './prepare-dump.ts';

/**
 * Did comment `j` speak to the author of comment `i` by name ("Will, name one.", "…, Bill.",
 * "@splashdad"), with no comment of theirs in between? Spoken to, people answer with their next
 * comment, even when new subjects were opened in the meantime.
 */
export function calledByName(dump: PreparedDump, i: number, j: number): boolean {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  const author = reply?.author;
  if (reply === undefined || cand === undefined || author == null) return false;
  for (let k = j + 1; k < i; k++) {
    if (dump.comments[k]?.authorKey === reply.authorKey) return false;
  }
  const address = openingAddress(cand.opening);
  if (address !== null && addressesOpening(address, author)?.points === 'address') return true;
  return (addressesByName(cand, author, dump.variantsOf(author))?.score ?? 0) >= 0.9;
}
