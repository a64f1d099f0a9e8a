import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { welcomesThanks } from '../../../../src/core/replies/cues/welcomes-thanks.ts';

const welcomes = (reply: string, thanker: string): boolean =>
  welcomesThanks(prepareComment('A', reply), prepareComment('B', thanker));

describe('welcomesThanks', () => {
  const thanks = 'Ana, I had never heard that. Thank you for sharing it.';

  it('should read an opening that takes the thanks given', () => {
    expect(welcomes('Of course! Every kid is different.', thanks)).toBe(true);
    expect(welcomes("You're very welcome.", thanks)).toBe(true);
    expect(welcomes('Any time, glad it helped.', thanks)).toBe(true);
  });

  it('should not read it under a comment that thanked no one, or an opening that takes nothing', () => {
    expect(welcomes('Of course they will raise the fares.', 'Will the fares go up?')).toBe(false);
    expect(welcomes('Every kid is different.', thanks)).toBe(false);
  });
});
