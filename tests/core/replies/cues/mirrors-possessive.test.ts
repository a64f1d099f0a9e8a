import { describe, expect, it } from 'vitest';
import { mirrorsPossessive } from '../../../../src/core/replies/cues/mirrors-possessive.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const parent = prepareComment('Hope', 'My son is 14 and skates in the grocery lot every day.');

describe('mirrorsPossessive', () => {
  it('should read "your son" under "my son" as speaking of that comment', () => {
    const reply = prepareComment(
      'Tina',
      'Your son is probably one of the kids I keep shooing out.',
    );
    const hit = mirrorsPossessive(reply, parent, 'Hope');
    expect(hit?.reason).toBe("speaks of Hope's son");
    expect(hit?.points).toBe('mention');
  });

  it('should not match a different word after "your"', () => {
    const reply = prepareComment('Tina', 'Your daughter should come to the hearing.');
    expect(mirrorsPossessive(reply, parent, 'Hope')).toBeNull();
  });

  it('should not read "your" in a case put to every reader as speaking of that comment', () => {
    const reply = prepareComment(
      'Lt. Ames',
      'One thing parents should know: if your son skates after dark, get him a light.',
    );
    expect(mirrorsPossessive(reply, parent, 'Hope')).toBeNull();
  });

  it('should ignore a reply without "your"', () => {
    expect(mirrorsPossessive(prepareComment('T', 'My son skates too.'), parent, 'Hope')).toBeNull();
  });
});
