import { articleKeys } from '../article/article-keys.ts';
import { commentKey } from '../article/comment-key.ts';
import { parentsBuilt, treeParents } from '../article/tree-parents.ts';
import { hasPlace } from '../location/location-facets.ts';
import type { NormalizedLocation } from '../types.ts';
import type { ArticleIndex, ArticleTree } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';
import { STANCE_LABELS } from '../stance/stance-labels.ts';

/**
 * An article's comments as parallel arrays, built once per index. Filtering 50k comments on every
 * click then compares small integers instead of hashing strings: a place or a name is looked at
 * once per distinct value, not once per comment.
 */
export interface ArticleColumns {
  /** Comment ids in page order (the order of `byId`). */
  readonly ids: readonly string[];
  readonly keys: readonly CommentKey[];
  readonly position: ReadonlyMap<string, number>;
  /** Index into `places`, or -1 when the comment has no resolvable place. */
  readonly place: Int32Array;
  readonly places: readonly NormalizedLocation[];
  /** The parsed stance, as its index in STANCE_LABELS. */
  readonly stance: Uint8Array;
  /** Index into `authors`, or -1 when the comment has no name. */
  readonly author: Int32Array;
  /** Distinct names, compared lower-cased and trimmed; `shown` is the first spelling met. */
  readonly authors: readonly { readonly norm: string; readonly shown: string }[];
}

/** The columns that do not depend on the slug the page gives the article. */
type TreeColumns = Omit<ArticleColumns, 'keys'>;

// Keyed by the comment map, which the worker's tree and every index named from it share.
const byTree = new WeakMap<ArticleTree['byId'], TreeColumns>();
const cache = new WeakMap<ArticleIndex, ArticleColumns>();

/** Whether a tree's columns and parents are built (its first view then builds only its keys). */
export const columnsBuilt = (tree: Pick<ArticleTree, 'byId' | 'children'>): boolean =>
  byTree.has(tree.byId) && parentsBuilt(tree);

/**
 * Builds the next missing piece of a tree's columns ahead of its first view: the columns, then the
 * parents. At 50,000 comments each takes a task of its own (together they made one of 260 ms)
 * instead of lengthening the one that derives the view.
 */
export function warmArticleColumns(tree: Pick<ArticleTree, 'byId' | 'children'>): void {
  if (!byTree.has(tree.byId)) treeColumns(tree.byId);
  else treeParents(tree);
}

/** Each comment's position (its index in `doc.comments`), for work done before the slug is known. */
export const treePositions = (tree: Pick<ArticleTree, 'byId'>): ReadonlyMap<string, number> =>
  treeColumns(tree.byId).position;

function treeColumns(byId: ArticleTree['byId']): TreeColumns {
  const known = byTree.get(byId);
  if (known !== undefined) return known;
  const n = byId.size;
  const ids: string[] = [];
  const position = new Map<string, number>();
  const place = new Int32Array(n);
  const author = new Int32Array(n);
  const stance = new Uint8Array(n);
  const places: NormalizedLocation[] = [];
  const placeIds = new Map<string, number>();
  const authors: { norm: string; shown: string }[] = [];
  const authorIds = new Map<string, number>();
  for (const c of byId.values()) {
    const i = ids.length;
    ids.push(c.id);
    position.set(c.id, i);
    stance[i] = STANCE_LABELS.indexOf(c.stance.label);
    if (hasPlace(c.location)) {
      const { country, region, city } = c.location;
      const id = `${country ?? ''}\u0000${region ?? ''}\u0000${city ?? ''}`;
      let p = placeIds.get(id);
      if (p === undefined) {
        p = places.length;
        places.push(c.location);
        placeIds.set(id, p);
      }
      place[i] = p;
    } else {
      place[i] = -1;
    }
    if (c.author === null) {
      author[i] = -1;
    } else {
      const norm = c.author.trim().toLowerCase();
      let a = authorIds.get(norm);
      if (a === undefined) {
        a = authors.length;
        authors.push({ norm, shown: c.author.trim() });
        authorIds.set(norm, a);
      }
      author[i] = a;
    }
  }
  const columns: TreeColumns = { ids, position, place, places, stance, author, authors };
  byTree.set(byId, columns);
  return columns;
}

export function articleColumns(index: ArticleIndex): ArticleColumns {
  const known = cache.get(index);
  if (known !== undefined) return known;
  const tree = treeColumns(index.byId);
  // The same key strings as articleKeys: Sets of keys then hash each string once.
  const byId = articleKeys(index);
  const keys = tree.ids.map((id) => byId.get(id) ?? commentKey(index.slug, id));
  const columns: ArticleColumns = { ...tree, keys };
  cache.set(index, columns);
  return columns;
}
