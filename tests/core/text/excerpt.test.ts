import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/core/text/excerpt.ts';

describe('excerpt', () => {
  it('should keep a short text whole, on one line', () => {
    expect(excerpt('  Two\n\nlines  ', 20)).toBe('Two lines');
  });

  it('should cut a long text at the limit and say so', () => {
    expect(excerpt('abcdefghij', 4)).toBe('abcd…');
  });

  it('should say so when only whitespace past the cleaned-up head was left out', () => {
    // The head is 4 × 2 code units of spaces, which collapse to nothing; the word after is lost.
    expect(excerpt(`a${' '.repeat(10)}b`, 2)).toBe('a…');
  });

  it('should never split an emoji', () => {
    expect(excerpt('😀😀😀', 2)).toBe('😀😀…');
  });
});
