import type { ReplyGuess } from '../../types.ts';
import { addressesByName } from './addresses-by-name.ts';
import { addressesOpening } from './addresses-opening.ts';
import { openingAddress } from './opening-address.ts';
import type { PreparedDump } from './prepare-dump.ts';

/**
 * Was comment `j` written to someone by name ("Dr. Grant, was that with pouches?") other than the
 * author of comment `i`, who takes up none of its words? A question put to one commenter is theirs
 * to answer: a bystander answers it only on its subject ("did they forward the mail?" — "They send
 * every box holder a letter…"), and one who does not is making a comment of their own.
 */
export function putToAnother(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  j: number,
): boolean {
  const parent = guesses[j];
  if (parent == null) return false;
  const them = dump.comments[parent.parentIndex];
  const cand = dump.comments[j];
  const name = them?.author;
  if (cand === undefined || name == null || them?.authorKey === dump.comments[i]?.authorKey) {
    return false;
  }
  const reply = dump.comments[i];
  if (reply?.stems.some((stem) => cand.stemSet.has(stem)) !== false) return false;
  const address = openingAddress(cand.opening);
  if (address !== null && addressesOpening(address, name)?.points === 'address') return true;
  return (addressesByName(cand, name, dump.variantsOf(name))?.score ?? 0) >= 0.9;
}
