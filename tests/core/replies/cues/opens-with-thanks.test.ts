import { describe, expect, it } from 'vitest';
import { opensWithThanks } from '../../../../src/core/replies/cues/opens-with-thanks.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const thanks = (body: string): boolean => opensWithThanks(prepareComment('A', body));

describe('opensWithThanks', () => {
  it('should read thanks opening a comment, after a short interjection too', () => {
    expect(thanks('Thanks, that answers it.')).toBe(true);
    expect(thanks('Oh good, thank you.')).toBe(true);
    expect(thanks('Great, thanks for checking.')).toBe(true);
  });

  it('should read thanks closing a short comment', () => {
    expect(thanks("That's what I feared. Thanks for explaining.")).toBe(true);
  });

  it('should not read thanks deep in a long comment, or sarcasm about thanks', () => {
    expect(
      thanks(
        'The council raised the fee twice this year and cut the hours at the branch library on Elm. Thanks a lot, council.',
      ),
    ).toBe(false);
    expect(thanks('No thanks to the council for any of it.')).toBe(false);
  });
});
