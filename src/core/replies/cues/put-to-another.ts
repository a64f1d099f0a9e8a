import type { ReplyGuess } from '../../types.ts';
import { addressesByName } from './addresses-by-name.ts';
import { addressesOpening } from './addresses-opening.ts';
import { openingAddress } from './opening-address.ts';
import type { PreparedDump } from './prepare-dump.ts';

/**
 * Was comment `j` a reply to someone other than the author of comment `i`, who takes up none of its
 * words? A question in a reply ("Dr. Grant, was that with pouches?", "Room 214 is hers, right?") is
 * put to the commenter it answers: a bystander answers it on its subject ("did they forward the
 * mail?" — "They send every box holder a letter…"), and one who does not is most often making a
 * comment of their own. `name` when the question named whom it was put to, the surer case; `reply`
 * otherwise; null when the reply may answer it.
 */
export function putToAnother(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  j: number,
): 'name' | 'reply' | null {
  const parent = guesses[j];
  if (parent == null) return null;
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  const them = dump.comments[parent.parentIndex];
  const name = them?.author;
  if (reply === undefined || cand === undefined || name == null) return null;
  if (them?.authorKey === reply.authorKey) return null;
  // The article's subject ("elephant" under a story on the elephants) is every comment's word.
  const held = cand.markStems();
  if (reply.stems.some((stem) => held.has(stem) && !dump.titleStems.has(stem))) return null;
  const address = openingAddress(cand.opening);
  if (address !== null && addressesOpening(address, name)?.points === 'address') return 'name';
  return (addressesByName(cand, name, dump.variantsOf(name))?.score ?? 0) >= 0.9 ? 'name' : 'reply';
}
