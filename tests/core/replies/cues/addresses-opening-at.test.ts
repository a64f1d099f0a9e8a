import { describe, expect, it } from 'vitest';
import { addressesOpening } from '../../../../src/core/replies/cues/addresses-opening.ts';
import { addressesOpeningAt } from '../../../../src/core/replies/cues/addresses-opening-at.ts';
import { openingAddress } from '../../../../src/core/replies/cues/opening-address.ts';
import { dumpOf } from '../support/dump-of.ts';

describe('addressesOpeningAt', () => {
  const dump = dumpOf(
    'Budget',
    ['Lisa Tran', 'The levy failed.'],
    ['Tom', 'It did.'],
    ['Lisa Tran', 'And it will again.'],
    ['Bo', 'Tom: not so fast.'],
    ['Ann', '@Lisa Tran you said it twice.'],
  );

  it('should answer as addressesOpening does with the author of comment j', () => {
    for (const opening of ['Tom: not so fast.', '@Lisa Tran you said it twice.', 'What Bo said.']) {
      const address = openingAddress(opening);
      if (address === null) throw new Error(opening);
      for (let j = 0; j < 4; j++) {
        const author = dump.comments[j]?.author ?? '';
        expect(addressesOpeningAt(dump, address, j)).toEqual(addressesOpening(address, author));
      }
    }
  });

  it('should keep answers apart for a new address, and give none for an unnamed comment', () => {
    const tom = openingAddress('Tom: hi.');
    const lisa = openingAddress('Lisa Tran: hi.');
    if (tom === null || lisa === null) throw new Error('no address');
    expect(addressesOpeningAt(dump, tom, 1)).not.toBeNull();
    expect(addressesOpeningAt(dump, lisa, 1)).toBeNull();
    expect(addressesOpeningAt(dump, lisa, 2)).not.toBeNull();
    const unnamed = dumpOf('Budget', ['Tom', 'Hi.']);
    expect(addressesOpeningAt(unnamed, tom, 5)).toBeNull();
  });
});
