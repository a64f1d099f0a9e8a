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
});
