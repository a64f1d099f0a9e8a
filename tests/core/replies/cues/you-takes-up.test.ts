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

  it('should reach a remark a few conversations up, but not past eight comments', () => {
    const others: [string, string][] = [
      ['Bo', 'The ferry schedule is the bigger problem downtown.'],
      ['Dee', 'Bo, the evening ferry was cancelled twice last week.'],
      ['Eli', 'Does the harbor office still sell weekly passes?'],
      ['Fay', 'Eli, only online now.'],
      ['Gus', 'Parking by the pier is another mess entirely.'],
      ['Hal', 'Why did the council skip the public hearing this year?'],
    ];
    const remark: [string, string] = ['Ann', 'Boat owners whining about a fee they can afford.'];
    const rebuttal: [string, string] = ['Cy', 'You know most boat owners here fish for a living?'];
    const near = dumpOf(remark, ...others, rebuttal);
    expect(youTakesUp(near, 7, 6)).toBe(0);
    const far = dumpOf(remark, ...others, ...others.slice(0, 2), rebuttal);
    expect(youTakesUp(far, 9, 8)).toBeNull();
  });
});
