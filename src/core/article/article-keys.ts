import { commentKey } from './comment-key.ts';
import type { ArticleIndex } from './article-index.ts';
import type { CommentKey } from './comment-key.ts';

const cache = new WeakMap<ArticleIndex, ReadonlyMap<string, CommentKey>>();

/**
 * Every comment's key, built once per index. Reusing the same key strings matters at 50k comments:
 * a fresh `${slug}/${id}` per lookup must be rehashed by every Set it is checked against.
 */
export function articleKeys(index: ArticleIndex): ReadonlyMap<string, CommentKey> {
  let keys = cache.get(index);
  if (keys === undefined) {
    const built = new Map<string, CommentKey>();
    for (const id of index.byId.keys()) built.set(id, commentKey(index.slug, id));
    keys = built;
    cache.set(index, keys);
  }
  return keys;
}
