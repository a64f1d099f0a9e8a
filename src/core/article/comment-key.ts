/** `${slug}/${id}`: a comment's key across the page's articles (ids are unique within one). */
export type CommentKey = string;

/**
 * `${textHash}/${id}`: a comment by its dump's content, whatever slug the page gives that dump.
 * The reader's own data (stance labels) is stored under these, never under a slug.
 */
export type ContentKey = string;

/** Slugs and hashes never contain "/", so the first "/" splits either key. */
function split(key: string): readonly [string, string] | null {
  const slash = key.indexOf('/');
  return slash <= 0 ? null : [key.slice(0, slash), key.slice(slash + 1)];
}

export function commentKey(slug: string, id: string): CommentKey {
  return `${slug}/${id}`;
}

export function splitCommentKey(key: CommentKey): { slug: string; id: string } | null {
  const parts = split(key);
  return parts === null ? null : { slug: parts[0], id: parts[1] };
}

export function contentKey(hash: string, id: string): ContentKey {
  return `${hash}/${id}`;
}

export function splitContentKey(key: ContentKey): { hash: string; id: string } | null {
  const parts = split(key);
  return parts === null ? null : { hash: parts[0], id: parts[1] };
}
