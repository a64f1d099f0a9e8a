import { describe, expect, it } from 'vitest';
import { deniesNamesake } from '../../../../src/core/replies/cues/denies-namesake.ts';
import { dumpOf } from '../support/dump-of.ts';

describe('deniesNamesake', () => {
  it('should tie "no relation" to the comment naming someone who shares the writer\'s name', () => {
    const dump = dumpOf(
      'Harbor Dredging Vote',
      ['Ines', 'Harbormaster Lou Brandt signed off on the dredging plan last week.'],
      ['Tom', 'The dredging will close the ramp all summer.'],
      ['lou_sails', 'No relation to the harbormaster, for the record. But the ramp matters.'],
    );
    expect(deniesNamesake(dump, 2, 0)?.reason).toBe('disowns the namesake Ines wrote of');
    expect(deniesNamesake(dump, 2, 1)).toBeNull();
  });

  it('should not fire without a denial, even under the namesake', () => {
    const dump = dumpOf(
      'Harbor Dredging Vote',
      ['Ines', 'Harbormaster Lou Brandt signed off on the dredging plan last week.'],
      ['lou_sails', 'The ramp matters more than the plan.'],
    );
    expect(deniesNamesake(dump, 1, 0)).toBeNull();
  });

  it('should read "not that Lou." alone as disowning the namesake', () => {
    const dump = dumpOf(
      'Harbor Dredging Vote',
      ['Ines', 'Harbormaster Lou Brandt signed off on the dredging plan last week.'],
      ['lou_sails', 'For the record, not that Lou. I just sail out of the marina.'],
    );
    expect(deniesNamesake(dump, 1, 0)?.reason).toBe('disowns the namesake Ines wrote of');
  });

  it('should not take a comment calling on the writer by name for one naming a namesake', () => {
    const dump = dumpOf(
      'Harbor Dredging Vote',
      ['Ines', 'Lou, the ramp closes in June either way.'],
      ['Tom', 'Harbormaster Lou Brandt signed off on the plan.'],
      ['Lou', 'No relation to the harbormaster. The ramp still matters.'],
    );
    expect(deniesNamesake(dump, 2, 0)).toBeNull();
    expect(deniesNamesake(dump, 2, 1)).not.toBeNull();
  });
});
