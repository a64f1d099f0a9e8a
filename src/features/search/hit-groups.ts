import { splitCommentKey } from '../../core/article/comment-key.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';

export interface HitGroup {
  readonly slug: string;
  readonly title: string;
  readonly count: number;
}

/** Hits per article, in the order the hits (and so the articles) appear on the page. */
export function hitGroups(
  hitKeys: readonly CommentKey[],
  articles: ReadonlyMap<string, ArticleIndex>,
): HitGroup[] {
  const counts = new Map<string, number>();
  // An article's hits come together: split a key only where the article changes (25,000 hits at
  // 50k comments, on every render).
  let slug = '';
  let prefix = '/';
  for (const key of hitKeys) {
    if (!key.startsWith(prefix)) {
      slug = splitCommentKey(key)?.slug ?? '';
      prefix = `${slug}/`;
    }
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return [...counts].map(([slug, count]) => ({
    slug,
    count,
    title: articles.get(slug)?.doc.article.title ?? slug,
  }));
}
