import type { ArticleMeta } from '../../types.ts';
import { normalizeWords, type PreparedComment } from './prepare-comment.ts';
import { plainStem } from './plain-stem.ts';
import { containsHeldQuote, quoteNeeds } from './quote-needs.ts';

interface ArticleText {
  /** The body's folded words, padded with a space each side ('' without a body). */
  readonly text: string;
  /** The `plainStem` of each of its words. */
  readonly stems: ReadonlySet<string>;
}

// The article's words, normalized once per dump: every quoting comment used to normalize an
// 8,000-character body again (+30 % parse time on such a dump).
const articleTexts = new WeakMap<ArticleMeta, ArticleText>();

function articleText(article: ArticleMeta): ArticleText {
  let found = articleTexts.get(article);
  if (found === undefined) {
    const words = article.body === null ? '' : normalizeWords(article.body);
    found = {
      text: article.body === null ? '' : ` ${words} `,
      // A quotation's place whose stems the article lacks is not searched for in its whole text.
      stems: new Set(words.split(' ').map(plainStem)),
    };
    articleTexts.set(article, found);
  }
  return found;
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
  const { text, stems } = articleText(article);
  const quotes = quoteNeeds(reply);
  return reply.quotedSpans.some((span, k) => {
    const quote = quotes[k];
    if (text !== '' && quote !== undefined && containsHeldQuote(text, quote, stems) !== null) {
      return true;
    }
    return foundInThread[k] !== true && span.split(' ').length >= 6;
  });
}
