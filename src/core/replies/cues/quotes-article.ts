import type { ArticleMeta } from '../../types.ts';
import { containsSpan } from './quotes-earlier.ts';
import { normalizeWords, type PreparedComment } from './prepare-comment.ts';

// The article's words, normalized once per dump: every quoting comment used to normalize an
// 8,000-character body again (+30 % parse time on such a dump).
const articleTexts = new WeakMap<ArticleMeta, string>();

function articleText(article: ArticleMeta): string {
  let text = articleTexts.get(article);
  if (text === undefined) {
    text = article.body === null ? '' : ` ${normalizeWords(article.body)} `;
    articleTexts.set(article, text);
  }
  return text;
}

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
  const text = articleText(article);
  return reply.quotedSpans.some((span, k) => {
    if (text !== '' && containsSpan(text, span) !== null) return true;
    return foundInThread[k] !== true && span.split(' ').length >= 6;
  });
}
