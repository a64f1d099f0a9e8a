import { describe, expect, it } from 'vitest';
import { matchesAt } from '../../../../src/core/replies/cues/matches-at.ts';
import { nameVariants } from '../../../../src/core/replies/cues/name-variants.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const at = (body: string, name: string, variant = 0): boolean => {
  const { tokens } = prepareComment('Reader', body);
  const v = nameVariants(name)[variant];
  if (v === undefined) throw new Error('no variant');
  return tokens.positions(v.words[0] ?? '').some((k) => matchesAt(tokens, k, v));
};

describe('matchesAt', () => {
  it('should find a two-word name written with a space or a hyphen between its words', () => {
    expect(at('I agree with Mary Beth on the fees.', 'Mary Beth')).toBe(true);
    expect(at('I agree with Mary-Beth on the fees.', 'Mary Beth')).toBe(true);
  });

  it('should find a lower-case handle written with its underscore', () => {
    expect(at('Thanks, river_rat, that helps.', 'river_rat')).toBe(true);
  });

  it('should not take words in lower case or split by a comma for a name', () => {
    expect(at('I agree with mary beth on the fees.', 'Mary Beth')).toBe(false);
    expect(at('Ask Mary, Beth knows the fees.', 'Mary Beth')).toBe(false);
  });
});
