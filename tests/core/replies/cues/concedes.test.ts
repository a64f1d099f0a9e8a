import { describe, expect, it } from 'vitest';
import { concedes } from '../../../../src/core/replies/cues/concedes.ts';

describe('concedes', () => {
  it('should read an opening that gives ground', () => {
    expect(concedes('Fair, I had the old fare table in mind.')).toBe(true);
    expect(concedes('Fair enough on the parking.')).toBe(true);
    expect(concedes("You're right, the vote was in June.")).toBe(true);
    expect(concedes('I stand corrected on the dates.')).toBe(true);
  });

  it('should not read a word that only starts like one', () => {
    expect(concedes('Fairgrounds parking is free on weekdays.')).toBe(false);
    expect(concedes('Okra grows fine here.')).toBe(false);
    expect(concedes('The fair was cancelled.')).toBe(false);
  });
});
