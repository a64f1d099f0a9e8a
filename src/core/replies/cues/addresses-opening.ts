import type { CueHit } from './cue-hit.ts';
import {
  initialsMatch,
  mayInitialsMatch,
  mayNameMatch,
  nameMatches,
  namesRunOn,
  type NameKey,
} from './name-matches.ts';
import type { OpeningAddress } from './opening-address.ts';

// A reply's address is weighed against each of its forty to eighty candidates: a first test on the
// cached name keys turns nearly all of them away, and the answers for the rest are kept by name
// for the latest address.
let memoFor: OpeningAddress | null = null;
const memo = new Map<string, CueHit | null>();

/**
 * A reply that opens by addressing a commenter ("@Lisa Tran", "Tom:", "J. R.,", "sam1984,", "What Gordon
 * said.", "Agree with Frank.") answers that commenter's latest comment: people write these forms to
 * no one else.
 */
export function addressesOpening(
  address: OpeningAddress,
  displayName: string,
  /** The display name's key when the caller keeps it (`keyOf(displayName)`). */
  key?: NameKey,
): CueHit | null {
  const may = address.kind === 'initials' ? mayInitialsMatch : mayNameMatch;
  if (!may(address.name, displayName, key)) return null;
  if (address !== memoFor) {
    memo.clear();
    memoFor = address;
  }
  let hit = memo.get(displayName);
  if (hit === undefined) memo.set(displayName, (hit = matchAddress(address, displayName)));
  return hit;
}

function matchAddress(address: OpeningAddress, displayName: string): CueHit | null {
  switch (address.kind) {
    case 'initials':
      return initialsMatch(address.name, displayName)
        ? { score: 0.9, reason: `addresses ${displayName} by initials`, points: 'address' }
        : null;
    case 'at':
      return nameMatches(address.name, displayName) || namesRunOn(address.name, displayName)
        ? { score: 0.95, reason: `writes to @${displayName}`, points: 'address' }
        : null;
    case 'colon':
    case 'handle':
      return nameMatches(address.name, displayName)
        ? { score: 0.9, reason: `addresses ${displayName} by name`, points: 'address' }
        : null;
    case 'what-said':
    case 'agree-with':
      return nameMatches(address.name, displayName)
        ? { score: 0.92, reason: `echoes what ${displayName} said`, points: 'mention' }
        : null;
  }
}
