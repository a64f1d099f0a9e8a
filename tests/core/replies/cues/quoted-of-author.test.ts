import { describe, expect, it } from 'vitest';
import { quotedOfAuthor } from '../../../../src/core/replies/cues/quoted-of-author.ts';
import { dumpOf } from '../support/dump-of.ts';

const dump = dumpOf(
  'Library Lot to Charge for Parking',
  ['Rosa', 'The fee applies only on weekdays, so the Saturday crowd parks free.'],
  ['Ben', 'Rosa, the fee is still a bad idea for people using the branch.'],
  ['Rosa', 'You could always take the 14 bus, it stops right at the door.'],
  ['Ben', '@Rosa about "only on weekdays": the branch is closed most Saturdays anyway.'],
  ['Ben', '@Rosa the bus runs once an hour, that is no answer.'],
);

describe('quotedOfAuthor', () => {
  it('should find the earlier comment of the addressed writer that the reply quotes, past their latest', () => {
    expect(quotedOfAuthor(dump, 3, 2, 0)).toBe(0);
  });

  it('should leave a reply quoting none of their words to the other cues', () => {
    expect(quotedOfAuthor(dump, 4, 2, 0)).toBeNull();
  });

  it('should keep the chosen comment when it holds the quoted words, though a later one repeats them', () => {
    const twice = dumpOf(
      'Library Lot to Charge for Parking',
      ['Rosa', 'The fee applies only on weekdays, so the Saturday crowd parks free.'],
      ['Rosa', 'Again: only on weekdays. Read the notice.'],
      ['Ben', '@Rosa "only on weekdays" is still five days of fees.'],
    );
    expect(quotedOfAuthor(twice, 2, 0, 0)).toBe(0);
  });
});
