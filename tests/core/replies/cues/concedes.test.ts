import { describe, expect, it } from 'vitest';
import { concedes } from '../../../../src/core/replies/cues/concedes.ts';

describe('concedes', () => {
  it('should read an opening that gives ground', () => {
    expect(concedes('Fair, I had the old fare table in mind.')).toBe(true);
    expect(concedes('Fair enough on the parking.')).toBe(true);
    expect(concedes("You're right, the vote was in June.")).toBe(true);
    expect(concedes('I stand corrected on the dates.')).toBe(true);
  });

  it('should read ground given on the condition that the correction holds', () => {
    expect(concedes("If that's true, I'll be glad to be wrong about the bus.")).toBe(true);
    expect(concedes('If so, the fare went up less than I said.')).toBe(true);
    expect(concedes('If that is the case, I take it back.')).toBe(true);
    expect(concedes('If the fare goes up again, I will drive.')).toBe(false);
  });

  it('should not read a word that only starts like one', () => {
    expect(concedes('Fairgrounds parking is free on weekdays.')).toBe(false);
    expect(concedes('Okra grows fine here.')).toBe(false);
    expect(concedes('The fair was cancelled.')).toBe(false);
  });
});

describe('concedes, owning up to a jab', () => {
  it('should read "Guilty as charged." and "You got me." as ground given', () => {
    expect(concedes('Guilty as charged. See you all next spring.')).toBe(true);
    expect(concedes('You got me, I never read the report.')).toBe(true);
    expect(concedes('Guilty verdicts are rare in this county.')).toBe(false);
  });
});
