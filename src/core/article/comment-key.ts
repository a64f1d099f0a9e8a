/** `${slug}/${id}`: a comment's key across articles (ids are unique within one article). */
export type CommentKey = string;

/** `${slug}/${id}`: slugs never contain "/", so the first "/" splits the key. */
export function commentKey(slug: string, id: string): CommentKey {
  return `${slug}/${id}`;
}

export function splitCommentKey(key: CommentKey): { slug: string; id: string } | null {
  const slash = key.indexOf('/');
  if (slash <= 0) return null;
  return { slug: key.slice(0, slash), id: key.slice(slash + 1) };
}
