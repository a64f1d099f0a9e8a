import type { ArticleMeta } from '../../types.ts';
import { containsSpan } from './quotes-earlier.ts';
import { normalizeWords, type PreparedComment } from './prepare-comment.ts';

/**
 * Does the comment cite a text that is not in the thread, which in a comment section is the
 * article? A quotation found in the article body, or one of six words or more that no earlier
 * comment contains (`foundInThread`, one flag per quoted span), marks a comment that starts its own
 * subject.
 */
export function quotesArticle(
  reply: PreparedComment,
  foundInThread: readonly boolean[],
  article: ArticleMeta,
): boolean {
  const articleText = article.body === null ? '' : ` ${normalizeWords(article.body)} `;
  return reply.quotedSpans.some((span, k) => {
    if (articleText !== '' && containsSpan(articleText, span) !== null) return true;
    return foundInThread[k] !== true && span.split(' ').length >= 6;
  });
}
