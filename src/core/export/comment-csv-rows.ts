import type { CsvCell } from './to-csv.ts';
import { effectiveStance, type StanceLayers } from '../stance/effective-stance.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import { commentKey, type CommentKey } from '../article/comment-key.ts';

/** The listed columns of the issue, with `article` (the slug) in front so several articles can share one sheet. */
export const COMMENT_CSV_HEADER = [
  'article',
  'id',
  'parent id',
  'depth',
  'author',
  'raw location',
  'city',
  'region',
  'country',
  'stance',
  'stance source',
  'body',
] as const;

/**
 * One row per comment in view, articles in the order given, comments in document order.
 * `matches` null means every comment (no search or filter).
 */
export function commentCsvRows(
  articles: readonly ArticleIndex[],
  matches: ReadonlySet<CommentKey> | null,
  layers: StanceLayers,
): CsvCell[][] {
  const rows: CsvCell[][] = [[...COMMENT_CSV_HEADER]];
  for (const article of articles) {
    for (const c of article.doc.comments) {
      const key = commentKey(article.slug, c.id);
      if (matches !== null && !matches.has(key)) continue;
      const stance = effectiveStance(c, key, layers);
      rows.push([
        article.slug,
        c.id,
        c.parentId,
        c.depth,
        c.author,
        c.location?.raw ?? null,
        c.location?.city ?? null,
        c.location?.region ?? null,
        c.location?.country ?? null,
        stance.label,
        stance.source,
        c.body,
      ]);
    }
  }
  return rows;
}
