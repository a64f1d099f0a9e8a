import { describe, expect, it } from 'vitest';
import { answersInKind } from '../../../../src/core/replies/cues/answers-in-kind.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const asked = (body: string) => prepareComment('Ned', body);
const reply = (body: string) => prepareComment('Ivy', body);

describe('answersInKind', () => {
  it('should read "I have" as the answer to a question opening "Have you…?"', () => {
    const question = asked('Mowing twice a week. Have you seen the ferry line at noon?');
    expect(answersInKind(reply('I have, it wraps round the block.'), question)).toBe(true);
    expect(answersInKind(reply("No, I haven't. Is it bad?"), question)).toBe(true);
  });

  it('should read "I did" under "Did you…?" and "I am" under "Are you…?"', () => {
    expect(answersInKind(reply('I did, twice.'), asked('Did you call the depot?'))).toBe(true);
    expect(answersInKind(reply('Yes, I am.'), asked('Are you going to the meeting?'))).toBe(true);
  });

  it('should not read an answer in another auxiliary, or a question not put to "you"', () => {
    expect(answersInKind(reply('I have, it wraps round.'), asked('Does it hold up?'))).toBe(false);
    expect(answersInKind(reply('I did.'), asked('Have you seen it?'))).toBe(false);
    expect(answersInKind(reply('I have three kids.'), asked('Did they vote?'))).toBe(false);
  });
});
