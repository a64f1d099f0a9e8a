import { describe, expect, it } from 'vitest';
import { quotesArticle } from '../../../../src/core/replies/cues/quotes-article.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import type { ArticleMeta } from '../../../../src/core/types.ts';

const article = (body: string | null): ArticleMeta => ({
  title: 'Port Deal Signed',
  subtitle: null,
  date: null,
  declaredCommentCount: null,
  byline: null,
  body,
});

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
});
