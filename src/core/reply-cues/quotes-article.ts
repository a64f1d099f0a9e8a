import type { ArticleMeta } from '../types.ts';
import { containsSpan } from './quotes-earlier.ts';
import { normalizeWords, type PreparedComment } from './prepare-comment.ts';

/**
 * Does the comment cite a text that is not in the thread, which in a comment section is the
 * article? A quotation of six words or more that no earlier comment contains, or one found in the
 * article body, marks a comment that starts its own subject.
 */
export function quotesArticle(
  reply: PreparedComment,
  earlier: readonly PreparedComment[],
  article: ArticleMeta,
): boolean {
  const articleText = article.body === null ? '' : ` ${normalizeWords(article.body)} `;
  return reply.quotedSpans.some((span) => {
    if (articleText !== '' && containsSpan(articleText, span) !== null) return true;
    if (span.split(' ').length < 6) return false;
    return earlier.every((c) => containsSpan(c.normText, span) === null);
  });
}
