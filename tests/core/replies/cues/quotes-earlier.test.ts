import { describe, expect, it } from 'vitest';
import { containsSpan, quotesEarlier } from '../../../../src/core/replies/cues/quotes-earlier.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const earlier = prepareComment(
  'Wanda',
  'The ferry has lost money every single year since it opened, and the fares keep rising.',
);

describe('quotesEarlier', () => {
  it('should recognise an exact quotation of an earlier comment', () => {
    const found = [false];
    const hit = quotesEarlier(
      prepareComment('Xavi', '"lost money every single year" is not true.'),
      earlier,
      'Wanda',
      found,
    );
    expect(hit).toEqual({ score: 0.95, reason: 'quotes Wanda', points: 'mention' });
    expect(found).toEqual([true]);
  });

  it('should not take a text both comments put in quotation marks for a quotation of the other', () => {
    const quoting = prepareComment('Wanda', 'The mayor said "a toll is a fair price" today.');
    const reply = prepareComment(
      'Xavi',
      'Funny how "a toll is a fair price" never applies to him.',
    );
    expect(quotesEarlier(reply, quoting, 'Wanda', [false])).toBeNull();
  });

  it('should recognise a trimmed or bracketed quotation by a four-word stretch', () => {
    const reply = prepareComment(
      'Xavi',
      '“the ferry has lost [its] money every single year” — citation needed.',
    );
    expect(quotesEarlier(reply, earlier, 'Wanda', [false])?.score).toBe(0.8);
  });

  it('should return null when the quotation is from somewhere else', () => {
    const reply = prepareComment('Xavi', '"a bridge to nowhere" said the governor.');
    const found = [false];
    expect(quotesEarlier(reply, earlier, 'Wanda', found)).toBeNull();
    expect(found).toEqual([false]);
  });
});

describe('containsSpan', () => {
  it('should match whole words only', () => {
    expect(containsSpan(' the fares keep rising ', 'fares keep')).toBe('whole');
    expect(containsSpan(' the fares keep rising ', 'ares kee')).toBeNull();
  });

  it("should not take words the reply says are the article's for a quotation of a comment", () => {
    const sgt = prepareComment('Sgt', 'The county added one mile for calibration tolerance.');
    const reply = prepareComment(
      'Will',
      'The article says "the county" but the camera is owned in Arizona.',
    );
    expect(quotesEarlier(reply, sgt, 'Sgt', [false])).toBeNull();
    const quoting = prepareComment(
      'Will',
      'You wrote "the county added one mile" and that is the trick.',
    );
    expect(quotesEarlier(quoting, sgt, 'Sgt', [false])?.reason).toBe('quotes Sgt');
  });
});
