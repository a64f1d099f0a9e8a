import { describe, expect, it } from 'vitest';
import { someWordOf, wordsOf } from '../../../src/core/stance/words-of.ts';

describe('wordsOf', () => {
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

describe('someWordOf', () => {
  it('should ask a word test in order and stop at the first word it holds for', () => {
    const asked: string[] = [];
    const hit = someWordOf('"Reset" (puppet), isn’t it?', (w) => (asked.push(w), w === 'puppet'));
    expect(hit).toBe(true);
    expect(asked).toEqual(['Reset', 'puppet']);
    expect(someWordOf('a b c', () => true)).toBe(false);
  });
});
