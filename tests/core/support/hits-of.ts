import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import type { SearchHits } from '../../../src/core/search/search-hits.ts';

/** Search hits naming comments by key (`slug/id`), as the worker's answer would give them. */
export function hitsOf(
  articles: readonly ArticleIndex[],
  keys: readonly string[],
  terms: readonly string[] = [],
): SearchHits {
  const at = new Map<string, Int32Array>();
  for (const a of articles) {
    const found: number[] = [];
    a.doc.comments.forEach((c, i) => {
      if (keys.includes(`${a.slug}/${c.id}`)) found.push(i);
    });
    if (found.length > 0) at.set(a.slug, Int32Array.from(found));
  }
  return { at, terms };
}
