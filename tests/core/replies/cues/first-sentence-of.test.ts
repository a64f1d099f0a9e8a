import { describe, expect, it } from 'vitest';
import {
  firstSentenceOf,
  PICKED_WORDS,
} from '../../../../src/core/replies/cues/first-sentence-of.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const opensAsAnswer = (body: string): boolean =>
  firstSentenceOf(prepareComment('R', body)).opensAsAnswer;

describe('firstSentenceOf', () => {
  it('should read answer openers and the question’s verb given back as opening an answer', () => {
    expect(opensAsAnswer('No. The county pays for it.')).toBe(true);
    expect(opensAsAnswer('Because the grant ran out in June.')).toBe(true);
    expect(opensAsAnswer('They were. Both of them, in March.')).toBe(true);
  });

  it('should read a yes or no after a first remark, or after the case it holds in', () => {
    expect(opensAsAnswer('Not my cousin, I promise. And no, he has not.')).toBe(true);
    expect(opensAsAnswer('If it is your primary residence, yes, you are exempt.')).toBe(true);
  });

  it('should not read "No" before a noun, a complaint that nobody asked, or "Maybe. But…"', () => {
    expect(opensAsAnswer('No funnel cake this year, sadly.')).toBe(false);
    expect(opensAsAnswer('Nobody asked the students what they wanted.')).toBe(false);
    expect(opensAsAnswer('Maybe. But the board never voted on it.')).toBe(false);
  });

  it('should keep the words of a short first sentence to look for in a question, not a long one', () => {
    const short = firstSentenceOf(prepareComment('R', 'The one after. It opens in May.'));
    expect(short.picked).toBe('the one after');
    expect(short.words).toBe(3);
    const long = firstSentenceOf(
      prepareComment('R', 'The one after the holidays, when the new staff start. Probably.'),
    );
    expect(long.words).toBeGreaterThan(PICKED_WORDS);
    expect(long.picked).toBe('');
  });

  it('should not read "None taken." as an answer: it takes an apology', () => {
    expect(opensAsAnswer('None taken. I would want the audit too.')).toBe(false);
    expect(opensAsAnswer('None. The audit was never done.')).toBe(true);
  });
});
