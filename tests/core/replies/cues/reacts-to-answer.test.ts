import { describe, expect, it } from 'vitest';
import { reactsToAnswer } from '../../../../src/core/replies/cues/reacts-to-answer.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Bridge Tolls Proposed', ...pairs);

describe('reactsToAnswer', () => {
  const exchange = (reply: string, question = 'What would a commuter pass cost?') =>
    dumpOf(
      ['Ravi', question],
      ['Tess', 'The draft says $140 a month, no discount for students.'],
      ['Uma', 'The old ferry ran until 1974.'],
      ['Ravi', reply],
    );

  it("should recognise the asker's first comment taking in the answer", () => {
    expect(reactsToAnswer(exchange('Wow. That is more than my car payment.'), 3, 1, 0)).toBe(true);
    expect(reactsToAnswer(exchange('Okay, never mind then.'), 3, 1, 0)).toBe(true);
  });

  it('should recognise the asker taking up advice in the answer', () => {
    expect(reactsToAnswer(exchange('Will do, I have the receipts already.'), 3, 1, 0)).toBe(true);
    expect(reactsToAnswer(exchange('Good idea, I will ask at the hearing.'), 3, 1, 0)).toBe(true);
  });

  it('should not count a comment that opens otherwise, or one after a statement', () => {
    expect(reactsToAnswer(exchange('The ferry should come back.'), 3, 1, 0)).toBe(false);
    expect(reactsToAnswer(exchange('Wow.', 'Tolls are coming back.'), 3, 1, 0)).toBe(false);
  });

  it('should not count it once the asker has written again since the answer', () => {
    const dump = dumpOf(
      ['Ravi', 'What would a commuter pass cost?'],
      ['Tess', 'The draft says $140 a month.'],
      ['Ravi', 'The ferry should come back.'],
      ['Ravi', 'Wow, the council is quiet.'],
    );
    expect(reactsToAnswer(dump, 3, 1, 0)).toBe(false);
  });
});
