import { describe, expect, it } from 'vitest';
import { literalChar, NONE } from '../../../src/core/stance/atom.ts';

describe('literalChar', () => {
  it('should make a character, non-ASCII included, a literal atom', () => {
    expect(literalChar('a')).toEqual({ char: 'a', literals: null });
    expect(literalChar('é').char).toBe('é');
  });

  it('should make half of a surrogate pair no literal', () => {
    expect(literalChar('\ud83d')).toBe(NONE);
    expect(literalChar('\ude00')).toBe(NONE);
  });
});
