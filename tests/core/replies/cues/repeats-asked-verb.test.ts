import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { repeatsAskedVerb } from '../../../../src/core/replies/cues/repeats-asked-verb.ts';

const repeats = (reply: string, question: string): boolean =>
  repeatsAskedVerb(prepareComment('A', reply), prepareComment('B', question));

describe('repeatsAskedVerb', () => {
  const question = 'Do the pools stay open all night, or do they shut at ten? I heard both.';

  it('should read a reply saying the very thing a yes-no question asked', () => {
    expect(repeats('Under the new rules they shut at nine on weekdays.', question)).toBe(true);
  });

  it('should not read another verb, the pronoun alone, or a word running on', () => {
    expect(repeats('They close at nine on weekdays.', question)).toBe(false);
    expect(repeats('Lifeguards shutter the doors at nine.', question)).toBe(false);
    expect(repeats('Under the new rules they shut at nine.', 'The pools shut at ten.')).toBe(false);
  });

  it('should not take a filler word after the pronoun for the verb asked', () => {
    const filler = 'Will they ever fix the lockers?';
    expect(repeats('They ever did once, in 2019.', filler)).toBe(false);
  });
});
