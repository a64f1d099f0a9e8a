import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotesArticle } from '../../../../src/core/replies/cues/quotes-article.ts';
import {
  normalizeWords,
  prepareComment,
} from '../../../../src/core/replies/cues/prepare-comment.ts';
import { containsSpan } from '../../../../src/core/replies/cues/quotes-earlier.ts';
import { articleTitled } from '../../support/reply-inputs.ts';

const article = (body: string | null) => articleTitled('Port Deal Signed', body);

describe('quotesArticle', () => {
  it('should flag a long quotation that no earlier comment contains', () => {
    const c = prepareComment(
      'A',
      '"The port authority will lease the north terminal for ninety nine years," the mayor said.\n\nWhy so long?',
    );
    expect(quotesArticle(c, [false], article(null))).toBe(true);
  });

  it('should not flag a quotation found in the thread', () => {
    const c = prepareComment(
      'A',
      '"The port authority will lease the north terminal for ninety nine years" is wrong.',
    );
    expect(quotesArticle(c, [true], article(null))).toBe(false);
  });

  it('should not flag short scare quotes', () => {
    const c = prepareComment('A', 'A "great deal" for whom?');
    expect(quotesArticle(c, [false], article(null))).toBe(false);
  });

  it('should flag even a short quotation when the article body carries it', () => {
    const c = prepareComment('A', 'A "great deal" for whom?');
    expect(
      quotesArticle(c, [false], article('The mayor called it a great deal for the city.')),
    ).toBe(true);
  });

  it('should find a quotation in the body wherever a search of its whole text does', () => {
    const words = fc.constantFrom('the', 'port', 'lease', 'terminal', 'ninety', 'years', 'of', 'É');
    const text = fc.array(words, { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(text, text, (quoted, body) => {
        const c = prepareComment('A', `"${quoted.join(' ')}"`);
        const [span] = c.quotedSpans;
        if (span === undefined) return;
        const inBody = containsSpan(` ${normalizeWords(body.join(' '))} `, span) !== null;
        // Found elsewhere in the thread: only the body can make it the article's.
        expect(quotesArticle(c, [true], article(body.join(' ')))).toBe(inBody);
      }),
      { numRuns: 500 },
    );
  });
});
