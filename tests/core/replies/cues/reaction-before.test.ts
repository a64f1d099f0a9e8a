import { describe, expect, it } from 'vitest';
import { addressesByName } from '../../../../src/core/replies/cues/addresses-by-name.ts';
import { nameVariants } from '../../../../src/core/replies/cues/name-variants.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { reactionBefore } from '../../../../src/core/replies/cues/reaction-before.ts';

const tokensOf = (body: string) => prepareComment('Reader', body).tokens;

describe('reactionBefore', () => {
  it('should find a short reaction opening the sentence right before a name', () => {
    expect(reactionBefore(tokensOf('Ha, same here Dale. My mail goes astray too.'), 3)).toBe(true);
    expect(reactionBefore(tokensOf('Good one Dale!'), 2)).toBe(true);
  });

  it('should not find other words before the name', () => {
    expect(reactionBefore(tokensOf('We sat with Dale at the meeting.'), 3)).toBe(false);
  });

  it('should make a name that is also a word a call on its bearer after such a reaction', () => {
    const reply = prepareComment('Reader', 'Ha, same here Ray. The mail goes to the other house.');
    expect(addressesByName(reply, 'Ray', nameVariants('Ray'))?.score).toBeGreaterThan(0.9);
  });

  it('should read "Thank you" before a name that is also a word as a call on its bearer', () => {
    expect(reactionBefore(tokensOf('Thank you Grace, the ferry office called back.'), 2)).toBe(
      true,
    );
    const reply = prepareComment('Reader', 'Thank you Grace, the ferry office called back.');
    expect(
      addressesByName(reply, 'Grace Mbeki', nameVariants('Grace Mbeki'))?.score,
    ).toBeGreaterThanOrEqual(0.9);
    const prose = prepareComment('Reader', 'We said thank you Grace and the crew all week.');
    expect(addressesByName(prose, 'Grace Mbeki', nameVariants('Grace Mbeki'))).toBeNull();
  });
});
