import type { StanceLabel } from '../../core/types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import type { StanceOverrides } from '../../core/stance/stance-overrides.ts';

/** One of the reader's labels as the "Your labels" list shows it. */
export interface YourLabelRow {
  readonly key: CommentKey;
  readonly slug: string;
  readonly id: string;
  /** null when the comment is in no loaded article (its dump was removed); the label still counts. */
  readonly found: boolean;
  readonly author: string | null;
  readonly excerpt: string;
  readonly machine: StanceLabel | null;
  readonly yours: StanceLabel;
  readonly articleTitle: string | null;
}

const EXCERPT = 80;

function excerptOf(body: string): string {
  const head = body
    .slice(0, EXCERPT * 4)
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = Array.from(head);
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : head;
}

/** The reader's overrides in page order (article, then position in it); unknown ones last. */
export function yourLabelRows(
  overrides: StanceOverrides,
  articles: readonly ArticleIndex[],
): YourLabelRow[] {
  const bySlug = new Map(articles.map((a, i) => [a.slug, { a, i }]));
  const rows = [...overrides].map(([key, yours]) => {
    const slash = key.indexOf('/');
    const slug = key.slice(0, slash);
    const id = key.slice(slash + 1);
    const hit = bySlug.get(slug);
    const c = hit?.a.byId.get(id);
    const row: YourLabelRow = {
      key,
      slug,
      id,
      found: c !== undefined,
      author: c?.author ?? null,
      excerpt: c === undefined ? '' : excerptOf(c.body),
      machine: c?.stance.label ?? null,
      yours,
      articleTitle: hit?.a.doc.article.title ?? null,
    };
    return { row, order: [hit?.i ?? Infinity, c?.line ?? Infinity] as const };
  });
  rows.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  return rows.map((r) => r.row);
}

/** The link of LINKS.md that opens the comment: `?comment=ID&article=SLUG`. */
export function commentHref(slug: string, id: string): string {
  return `?${new URLSearchParams({ comment: id, article: slug }).toString()}`;
}
