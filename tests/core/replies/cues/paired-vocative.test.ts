import { describe, expect, it } from 'vitest';
import { pairedVocative } from '../../../../src/core/replies/cues/paired-vocative.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

/** Is the word `name` of `body`, one token long, one of a pair of names called on together? */
const paired = (body: string, name: string): boolean => {
  const { tokens } = prepareComment('Reader', body);
  const at = [...tokens.positions(name.toLowerCase())][0] ?? -1;
  return pairedVocative(tokens, at, 1);
};

describe('pairedVocative', () => {
  it('should find either of two names set off together at the end of a sentence', () => {
    const body = 'Calm down, both of you, Al and Marisol. The vote is in May.';
    expect(paired(body, 'Al')).toBe(true);
    expect(paired(body, 'Marisol')).toBe(true);
  });

  it('should not take two names spoken of mid-sentence', () => {
    const body = 'I saw Al and Marisol at the hearing in May.';
    expect(paired(body, 'Al')).toBe(false);
    expect(paired(body, 'Marisol')).toBe(false);
  });
});
