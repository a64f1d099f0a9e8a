import { describe, expect, it } from 'vitest';
import { opensOnTheirWord } from '../../../../src/core/replies/cues/opens-on-their-word.ts';
import { dumpOf } from '../support/dump-of.ts';

const filler: [string, string][] = [
  ['Ana', 'The ferry was late again this morning.'],
  ['Ben', 'Parking at the terminal is still a mess.'],
  ['Cy', 'The new schedule starts in June.'],
];

describe('opensOnTheirWord', () => {
  it('should read a reply opening on a rare word of the comment above as taking it up', () => {
    const dump = dumpOf(
      'Ferry Schedule',
      ...filler,
      ['Dee', 'Barnacles are not why the hull is slow.'],
      ['Eli', 'Barnacles add drag, and the yard report says so.'],
    );
    expect(opensOnTheirWord(dump, 4, 3)?.reason).toBe("echoes Dee's words, opening on “barnacles”");
  });

  it("should leave out an opening that asks something of its own, or a commenter's name", () => {
    const asks = dumpOf(
      'Ferry Schedule',
      ...filler,
      ['Dee', 'Barnacles are not why the hull is slow.'],
      ['Eli', 'Barnacles on the ramp too? Does anyone clean those?'],
    );
    expect(opensOnTheirWord(asks, 4, 3)).toBeNull();
    const named = dumpOf(
      'Ferry Schedule',
      ...filler,
      ['Dee', 'Ask Ben about the parking.'],
      ['Eli', 'Ben knows the lot better than anyone.'],
    );
    expect(opensOnTheirWord(named, 4, 3)).toBeNull();
  });

  it('should read an opening that points back at their word with "that", even a name someone goes by', () => {
    const dump = dumpOf(
      'Ferry Schedule',
      ...filler,
      ['Dee', 'There is a bill in the statehouse to fund a second boat.'],
      ['Eli', 'That bill has died in committee three years running.'],
      ['Bill', 'Nobody asked me about the ferry.'],
    );
    expect(opensOnTheirWord(dump, 4, 3)?.reason).toBe("echoes Dee's words, opening on “bill”");
  });
});
