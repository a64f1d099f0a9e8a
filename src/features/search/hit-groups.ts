import { splitCommentKey } from '../../core/article/comment-key.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';

export interface HitGroup {
  readonly slug: string;
  readonly title: string;
  readonly count: number;
}

/** The end of the run of keys from `from` on that start with `prefix` (the first index that does not). */
function runEnd(hitKeys: readonly CommentKey[], from: number, prefix: string): number {
  // Binary search: an article's hits come together (the rows go article by article), so "starts
  // with the prefix" holds on a prefix of hitKeys[from…]. A keystroke at 50k comments re-counted
  // up to 25,000 keys one by one (9–21 ms of the answer's render); this looks at a few dozen.
  let lo = from + 1;
  let hi = hitKeys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hitKeys[mid] as string).startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hits per article, in the order the hits (and so the articles) appear on the page. */
export function hitGroups(
  hitKeys: readonly CommentKey[],
  articles: ReadonlyMap<string, ArticleIndex>,
): HitGroup[] {
  const counts = new Map<string, number>();
  for (let at = 0; at < hitKeys.length;) {
    const slug = splitCommentKey(hitKeys[at] as string)?.slug ?? '';
    const end = runEnd(hitKeys, at, `${slug}/`);
    counts.set(slug, (counts.get(slug) ?? 0) + end - at);
    at = end;
  }
  return [...counts].map(([slug, count]) => ({
    slug,
    count,
    title: articles.get(slug)?.doc.article.title ?? slug,
  }));
}
