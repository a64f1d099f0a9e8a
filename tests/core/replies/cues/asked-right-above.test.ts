import { describe, expect, it } from 'vitest';
import { askedRightAbove } from '../../../../src/core/replies/cues/asked-right-above.ts';
import { dumpOf } from '../support/dump-of.ts';

describe('askedRightAbove', () => {
  const dump = dumpOf(
    'School Board Vote',
    ['Vera', 'The board never explained the vote.'],
    ['Sam', 'Did you watch the meeting, or just read the summary?'],
    ['Vera', 'The board chair said "budget limits" and moved on.'],
    ['Lee', 'Why was it on a Tuesday morning?'],
    ['Vera', 'Nobody knows.'],
  );
  const guesses = [null, { parentIndex: 0, confidence: 0.9, reason: '' }, null, null, null];

  it('should tell when the comment above put a question to the author it answered', () => {
    expect(askedRightAbove(dump, guesses, 2)).toBe(true);
  });

  it('should not count a question put to the page', () => {
    expect(askedRightAbove(dump, guesses, 4)).toBe(false);
  });
});
