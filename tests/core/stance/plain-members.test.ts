import { describe, expect, it } from 'vitest';
import { plainMembers } from '../../../src/core/stance/plain-members.ts';

describe('plainMembers', () => {
  it('should give the distinct members of a class of a few plain characters', () => {
    expect(plainMembers('.!?')).toEqual(['.', '!', '?']);
    expect(plainMembers('éeé')).toEqual(['é', 'e']);
    expect(plainMembers('-a')).toEqual(['-', 'a']);
    expect(plainMembers('a-')).toEqual(['a', '-']);
  });

  it('should give null for a range, a negation, an escape, a surrogate or too many characters', () => {
    for (const body of ['a-c', '^ab', String.raw`\s(`, 'abcde', '\ud83d', '[a]', '']) {
      expect(plainMembers(body)).toBeNull();
    }
  });
});
