import { addressesOpening } from './addresses-opening.ts';
import type { CueHit } from './cue-hit.ts';
import { keyOf, type NameKey } from './name-matches.ts';
import type { OpeningAddress } from './opening-address.ts';
import type { PreparedDump } from './prepare-dump.ts';

// A reply's opening address is weighed against each of its forty to a hundred and twenty candidates,
// whose authors repeat: the answer is kept per author number for the latest address, so a repeated
// author costs two array reads instead of two look-ups of name keys by string. The answers are the
// dump's own (as `writesAuthorName`'s marks are), so a dump done with is not held.
export interface AddressAnswers {
  address: OpeningAddress | null;
  stamp: number;
  readonly stamps: Int32Array;
  readonly hits: (CueHit | null)[];
  /**
   * Per author number, the key of their name, read on first use: an address is tried on up to
   * eighty candidates of mostly different authors, and a look-up of each key by name string was
   * most of what that cost.
   */
  readonly keys: (NameKey | undefined)[];
}

/** Room for the answers of a dump of `comments` comments (authors are numbered below that). */
export const newAddressAnswers = (comments: number): AddressAnswers => ({
  address: null,
  stamp: 0,
  stamps: new Int32Array(comments),
  hits: new Array<CueHit | null>(comments).fill(null),
  keys: new Array<NameKey | undefined>(comments).fill(undefined),
});

/** `addressesOpening(address, author of comment j)`, null for an unnamed comment. */
export function addressesOpeningAt(
  dump: PreparedDump,
  address: OpeningAddress,
  j: number,
): CueHit | null {
  const author = dump.authorAt[j] ?? -1;
  const name = dump.comments[j]?.author ?? null;
  if (author < 0 || name === null) return null;
  const answers = dump.addressAnswers;
  if (answers.address !== address) {
    answers.address = address;
    answers.stamp += 1;
  }
  if (answers.stamps[author] === answers.stamp) return answers.hits[author] ?? null;
  let key = answers.keys[author];
  if (key === undefined) answers.keys[author] = key = keyOf(name);
  const hit = addressesOpening(address, name, key);
  answers.stamps[author] = answers.stamp;
  answers.hits[author] = hit;
  return hit;
}
