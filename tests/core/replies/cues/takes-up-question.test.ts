import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { takesUp, takesUpQuestion } from '../../../../src/core/replies/cues/takes-up-question.ts';

const asks = prepareComment(
  'Ida',
  'The ramps look great. Which parks get the new lighting first? My kids skate after dark.',
);

describe('takesUpQuestion', () => {
  it("should count the reply's words found in the question a comment asks, not in its other sentences", () => {
    const answer = prepareComment('Lu', 'Riverside and Elm parks get the lighting in May.');
    expect(takesUpQuestion(answer, asks)).toBe(2);
    const aside = prepareComment('Lu', 'The ramps are great, and my kids skate there too.');
    expect(takesUpQuestion(aside, asks)).toBe(0);
  });

  it('should count words of the short questions that spell out a question for a fact', () => {
    const kate = prepareComment(
      'Kate',
      'Question for the farmers: what would make this okay for you? Fencing, gates, closing it at dusk?',
    );
    const walt = prepareComment('Walt', 'Fence the whole stretch and put gates on every crossing.');
    expect(takesUpQuestion(walt, kate)).toBeGreaterThanOrEqual(2);
    // Without a question for a fact before them, such fragments ask nothing to be taken up.
    const retort = prepareComment('Kate', 'Nice fencing. Gates? Closing it at dusk?');
    expect(takesUpQuestion(walt, retort)).toBe(0);
  });

  it("should count an answer opening on the question's own noun, capitalised as the first word", () => {
    const lead = prepareComment('Lu', 'Lighting goes up at Riverside first.');
    expect(takesUp(lead, 'which parks get the new lighting first')).toBeGreaterThanOrEqual(1);
    expect(takesUp(lead, '')).toBe(0);
  });
});
