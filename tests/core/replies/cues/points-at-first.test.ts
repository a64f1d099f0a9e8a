import { describe, expect, it } from 'vitest';
import { pointsAtFirst } from '../../../../src/core/replies/cues/points-at-first.ts';

describe('pointsAtFirst', () => {
  it("should tell a reply that points at someone's first comment", () => {
    expect(pointsAtFirst("Back to Omar's first comment: the levy never passed.")).toBe(true);
    expect(pointsAtFirst('Your original point still stands, though.')).toBe(true);
  });

  it('should not take a first or an original of something else for it', () => {
    expect(pointsAtFirst('The first bus leaves at six.')).toBe(false);
    expect(pointsAtFirst("Omar's original estimate was lower.")).toBe(false);
  });
});

describe('pointsAtFirst, by where it stands', () => {
  it('should tell "your question from the top" as their first comment', () => {
    expect(pointsAtFirst('Omar, to answer your question from the top: yes, it did.')).toBe(true);
    expect(pointsAtFirst('Your point at the very start still stands.')).toBe(true);
    expect(pointsAtFirst('Your question about the top floor is a fair one.')).toBe(false);
  });
});
