import { describe, expect, it } from 'vitest';
import { splitSentences, wordsOf } from '../../../src/core/stance/tokenize.ts';

describe('tokenize', () => {
  it('should split sentences at end marks and line breaks and lowercase them with plain apostrophes', () => {
    const s = splitSentences('Don’t trust him! Really?\nNew line… end');
    expect(s.map((x) => x.text)).toEqual(['Don’t trust him!', 'Really?', 'New line…', 'end']);
    expect(s[0]?.lower).toBe("don't trust him!");
  });

  it('should strip punctuation runs around words, keep inner apostrophes and drop one-letter tokens', () => {
    expect(wordsOf('"Reset" (puppet), isn’t it — a GREAT… idea?!')).toEqual([
      'Reset',
      'puppet',
      "isn't",
      'it',
      'GREAT',
      'idea',
    ]);
  });
});
