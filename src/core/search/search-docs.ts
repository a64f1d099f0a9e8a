import type { ThreadComment } from '../types.ts';
import { contentKey } from '../article/comment-key.ts';
import type { SearchDoc } from './search-index.ts';

/**
 * What the index sees of an article's comments: author, place and body. `article` names the
 * article in the index (the worker uses the dump's text hash; it never knows the page's slug).
 */
export function searchDocs(comments: readonly ThreadComment[], article: string): SearchDoc[] {
  return comments.map((c) => ({
    key: contentKey(article, c.id),
    article,
    id: c.id,
    author: c.author,
    location: placeText(c.location),
    body: c.body,
  }));
}

/** The raw place plus its resolved names, so "California" finds a comment signed "Pasadena, Ca". */
export function placeText(location: ThreadComment['location']): string | null {
  if (location === null) return null;
  const names = [location.raw, location.city, location.region, location.country];
  return [...new Set(names.filter((n): n is string => n !== null && n !== ''))].join(' ');
}
