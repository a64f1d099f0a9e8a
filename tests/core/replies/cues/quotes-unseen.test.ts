import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { quotesUnseen } from '../../../../src/core/replies/cues/quotes-unseen.ts';

const earlier = [
  prepareComment('Bea', 'The school groups sat in front of the prow for half an hour.'),
  prepareComment('Mek', 'Bea, fair, the school groups did.'),
];

describe('quotesUnseen', () => {
  it('should find a quoted word that no earlier comment wrote, even a single one', () => {
    expect(quotesUnseen(prepareComment('Hal', 'You say the town "agreed" to it.'), earlier)).toBe(
      true,
    );
  });

  it('should not count words an earlier comment wrote, or a comment without quotation marks', () => {
    const reply = prepareComment('Hal', 'You say “school groups” as if nobody else came.');
    expect(quotesUnseen(reply, earlier)).toBe(false);
    expect(quotesUnseen(prepareComment('Hal', 'You say the town agreed.'), earlier)).toBe(false);
  });

  it('should find a quotation an earlier comment wrote in capitals or with a possessive', () => {
    const before = [prepareComment('Gil', "GORDON's Aqueducts leak, and the pumps too.")];
    const reply = prepareComment('Hal', 'You say “Gordon’s aqueducts leak” like it is news.');
    expect(quotesUnseen(reply, before)).toBe(false);
    expect(quotesUnseen(prepareComment('Hal', 'You say "aqueducts burst" again.'), before)).toBe(
      true,
    );
  });
});
