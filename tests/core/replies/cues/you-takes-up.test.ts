import { describe, expect, it } from 'vitest';
import { youTakesUp } from '../../../../src/core/replies/cues/you-takes-up.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Marina Fees Rise', ...pairs);

describe('youTakesUp', () => {
  it('should find the comment before a new subject whose rare words the reply takes up', () => {
    const dump = dumpOf(
      ['Ann', 'A mooring lottery would have been fairer than a flat fee.'],
      ['Bo', 'The ferry schedule is the bigger problem downtown.'],
      ['Cy', "A mooring lottery suits me too. You're not the problem."],
    );
    expect(youTakesUp(dump, 2, 1)).toBe(0);
  });

  it('should find none when a comment since shares the words too', () => {
    const dump = dumpOf(
      ['Ann', 'A mooring lottery would have been fairer than a flat fee.'],
      ['Bo', 'A mooring lottery favors whoever applies first.'],
      ['Cy', "A mooring lottery suits me too. You're not the problem."],
    );
    expect(youTakesUp(dump, 2, 1)).toBeNull();
  });
});
