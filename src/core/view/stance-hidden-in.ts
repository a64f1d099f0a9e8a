import type { ArticleIndex } from '../article/article-index.ts';

/**
 * Every article the view covers (`scope`) has its stance hidden (`hidden`: off-topic dumps the
 * reader has not asked to see it for): its badges are not shown, so neither are counts to filter
 * by. A view that also covers an article about the rapprochement still offers them.
 */
export const stanceHiddenIn = (
  scope: readonly ArticleIndex[],
  hidden: ReadonlySet<string>,
): boolean => hidden.size > 0 && scope.length > 0 && scope.every((a) => hidden.has(a.slug));
