import { describe, expect, it } from 'vitest';
import { pointsAtQuestion } from '../../../../src/core/replies/cues/points-at-question.ts';

describe('pointsAtQuestion', () => {
  it("should read an opening that takes up someone's question", () => {
    expect(pointsAtQuestion("Odell's question is the right one, so here goes.")).toBe(true);
    expect(pointsAtQuestion('On your earlier question: the ramp opens in May.')).toBe(true);
  });

  it('should not read a question of the writer or of the page', () => {
    expect(pointsAtQuestion('My question is who pays for the ramp.')).toBe(false);
    expect(pointsAtQuestion('The real question is who pays.')).toBe(false);
  });
});
