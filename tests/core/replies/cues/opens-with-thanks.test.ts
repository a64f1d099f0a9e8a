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

  it('should read an acknowledged answer as thanks: "Appreciate the straight answer", "Found it."', () => {
    expect(thanks('Appreciate the straight answer. Nobody had said it out loud.')).toBe(true);
    expect(thanks('Found it. Ok, that helps my mother.')).toBe(true);
    expect(thanks('Page 41, found it. Good to know somebody read the report.')).toBe(true);
    expect(thanks('Appreciate the county for once, they plowed early.')).toBe(false);
  });

  it('should not read thanks to every reader as thanks to one answerer', () => {
    expect(thanks('Thanks, everyone, for the good questions. Logging off now.')).toBe(false);
    expect(thanks('Thank you all for reading. Back tomorrow with the numbers.')).toBe(false);
    expect(thanks('Thanks folks, see you at the meeting.')).toBe(false);
    expect(thanks('Thanks, that clears it up for everyone.')).toBe(true);
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

  it('should read thanks turned to after taking in an answer, in the first sentence', () => {
    expect(
      thanks(
        'Well, that is a letdown, but thanks for calling the county office and asking them for all of us.',
      ),
    ).toBe(true);
  });

  it('should not read thanks to every reader closing a short comment as thanks to one', () => {
    expect(thanks('This thread talked me into the ferry after all. Thanks, everybody.')).toBe(
      false,
    );
  });
});
