import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { wordsAfter } from '../../../../src/core/replies/cues/words-after.ts';

describe('wordsAfter', () => {
  it('should give the three words after a place as written, after the gap given', () => {
    const { tokens } = prepareComment('Reader', 'Omar is right about the levy, sadly.');
    expect(wordsAfter(tokens, 1, ' ')).toBe(' is right about ');
  });

  it('should give only the gap at the end of the comment', () => {
    const { tokens } = prepareComment('Reader', 'Well said, Omar.');
    expect(wordsAfter(tokens, tokens.length, '.')).toBe('.');
  });
});
