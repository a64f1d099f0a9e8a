import type { StanceLabel } from '../../core/types.ts';
import { splitContentKey, type ContentKey } from '../../core/article/comment-key.ts';
import type { StanceOverrides } from '../../core/stance/stance-overrides.ts';
import type { LoadedArticle } from '../data/index.ts';
import { excerpt } from '../../core/text/excerpt.ts';

/** One of the reader's labels as the "Your labels" list shows it. */
export interface YourLabelRow {
  readonly key: ContentKey;
  /** The slug the page gave the comment's dump, or null when none was (see `slugOf`). */
  readonly slug: string | null;
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

/**
 * The reader's overrides in page order (article, then position in it); unknown ones last. Labels
 * are keyed by the dump's text hash; `slugOf` names a dump that is not open now.
 */
export function yourLabelRows(
  overrides: StanceOverrides,
  loaded: readonly LoadedArticle[],
  slugOf: (hash: string) => string | undefined = () => undefined,
): YourLabelRow[] {
  const byHash = new Map(loaded.map((l, i) => [l.hash, { a: l.index, i }]));
  const rows = [...overrides].map(([key, yours]) => {
    const { hash, id } = splitContentKey(key) ?? { hash: '', id: key };
    const hit = byHash.get(hash);
    const c = hit?.a.byId.get(id);
    const row: YourLabelRow = {
      key,
      slug: hit?.a.slug ?? slugOf(hash) ?? null,
      id,
      found: c !== undefined,
      author: c?.author ?? null,
      excerpt: c === undefined ? '' : excerpt(c.body, EXCERPT),
      machine: c?.stance.label ?? null,
      yours,
      articleTitle: hit?.a.doc.article.title ?? null,
    };
    return { row, order: [hit?.i ?? Infinity, c?.line ?? Infinity] as const };
  });
  rows.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  return rows.map((r) => r.row);
}

/** The link of LINKS.md that opens the comment: `?comment=ID&article=SLUG` (no slug: no article). */
export function commentHref(slug: string | null, id: string): string {
  const params = slug === null ? { comment: id } : { comment: id, article: slug };
  return `?${new URLSearchParams(params).toString()}`;
}
