import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { speaksToYou } from '../../../../src/core/replies/cues/speaks-to-you.ts';

const you = (body: string): number => speaksToYou(prepareComment('A', body));

describe('speaksToYou', () => {
  it('should score words aimed at one reader highest', () => {
    expect(you('I respect your opinion but the numbers are wrong.')).toBeGreaterThan(0.6);
    expect(you("You're right that the rents doubled.")).toBeGreaterThan(0.6);
    expect(you('You mean the same council that approved it?')).toBeGreaterThan(0.6);
  });

  it('should score a sentence that opens with "you" as likely aimed at someone', () => {
    expect(you('You have the dates backwards.')).toBeGreaterThanOrEqual(0.5);
  });

  it('should ignore second person that speaks to everyone', () => {
    expect(you('If you believe this, I have a bridge to sell.')).toBe(0);
    expect(you('Thank you, council, for nothing.')).toBe(0);
  });

  it('should ignore "you" aimed at the paper', () => {
    expect(you('You keep quoting officials who lied. The Times should know better.')).toBe(0);
  });

  it('should return 0 without any second person', () => {
    expect(you('The council approved the plan.')).toBe(0);
  });
});
