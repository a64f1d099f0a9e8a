import { describe, expect, it } from 'vitest';
import { isCapitalized } from '../../../../src/core/replies/cues/is-capitalized.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

/** The tokens of `body` as the name cues read them, by their lower-case form. */
const token = (body: string, word: string) => {
  const { tokens } = prepareComment('Reader', body);
  const at = [...tokens.positions(word)][0] ?? -1;
  return tokens.at(at);
};

describe('isCapitalized', () => {
  it('should take a capital in any script as the start of a name', () => {
    const zoe = token('Thanks, Zoë.', 'zoë');
    const olya = token('Спасибо, Оля.', 'оля');
    expect(zoe && isCapitalized(zoe)).toBe(true);
    expect(olya && isCapitalized(olya)).toBe(true);
  });

  it('should not take a lower-case word or a handle for a capitalised name', () => {
    const joy = token('No joy on the permit yet.', 'joy');
    expect(joy && isCapitalized(joy)).toBe(false);
  });
});
