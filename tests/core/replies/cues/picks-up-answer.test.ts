import { describe, expect, it } from 'vitest';
import { picksUpAnswer } from '../../../../src/core/replies/cues/picks-up-answer.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Harbor Dredging', ...pairs);

describe('picksUpAnswer', () => {
  it("should tell an asker's next comment, coming back to the answer they got", () => {
    const dump = dumpOf(
      ['Ola', 'Who voted against the dredging permit?'],
      ['Pim', 'Castellano and one other member.'],
      ['Rue', 'The marina needs the channel open by June.'],
      ['Ola', 'Castellano again, figures.'],
    );
    expect(picksUpAnswer(dump, 3, 1, 0)).toBe(true);
  });

  it('should count a challenge put to the answerer by name as asking', () => {
    const dump = dumpOf(
      ['Ola', 'Pim, name one harbor where dredging helped.'],
      ['Pim', 'Port Selden, dredged in 2015.'],
      ['Ola', 'Port Selden has twice our traffic.'],
    );
    expect(picksUpAnswer(dump, 2, 1, 0)).toBe(true);
  });

  it('should not count a statement that was answered, or a later comment of the asker', () => {
    const stated = dumpOf(
      ['Ola', 'The dredging will close the channel.'],
      ['Pim', 'Castellano voted against it anyway.'],
      ['Ola', 'Castellano again, figures.'],
    );
    expect(picksUpAnswer(stated, 2, 1, 0)).toBe(false);
    const later = dumpOf(
      ['Ola', 'Who voted against the dredging permit?'],
      ['Pim', 'Castellano and one other member.'],
      ['Ola', 'The marina needs the channel open by June.'],
      ['Ola', 'Castellano again, figures.'],
    );
    expect(picksUpAnswer(later, 3, 1, 0)).toBe(false);
  });

  it('should not take a number written out for the answer picked up', () => {
    const dump = dumpOf(
      ['Ola', 'Why is the dredging running so late?'],
      ['Pim', 'The crew lost eleven days to the storms in March.'],
      ['Rue', 'The marina needs the channel open by June.'],
      ['Ola', 'Eleven boats are still waiting for their slips.'],
    );
    expect(picksUpAnswer(dump, 3, 1, 0)).toBe(false);
  });
});
