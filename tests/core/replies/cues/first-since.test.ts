import { describe, expect, it } from 'vitest';
import { firstSince } from '../../../../src/core/replies/cues/first-since.ts';
import { dumpOf } from '../support/dump-of.ts';

describe('firstSince', () => {
  it("should tell whether a comment is its author's first since another", () => {
    const dump = dumpOf(
      'Harbor Dredging',
      ['Ola', 'The dredging will close the channel for a month.'],
      ['Pim', 'Two weeks, per the permit.'],
      ['Ola', 'Then the permit is optimistic.'],
      ['Ola', 'And the marina loses its best weeks.'],
    );
    expect(firstSince(dump, 2, 1)).toBe(true);
    expect(firstSince(dump, 3, 1)).toBe(false);
  });

  it('should not count their own reply to that comment, given the guesses', () => {
    const dump = dumpOf(
      'Harbor Dredging',
      ['Pim', 'Two weeks, per the permit.'],
      ['Ola', 'Fine, thanks.'],
      ['Ned', 'The ramp is closed anyway.'],
      ['Ola', 'Still, the permit is optimistic.'],
    );
    const guesses = [null, { parentIndex: 0, confidence: 0.9, reason: '' }, null];
    expect(firstSince(dump, 3, 0)).toBe(false);
    expect(firstSince(dump, 3, 0, guesses)).toBe(true);
    const elsewhere = [null, { parentIndex: 2, confidence: 0.9, reason: '' }, null];
    expect(firstSince(dump, 3, 0, elsewhere)).toBe(false);
  });
});
