import { articleKeys } from '../article/article-keys.ts';
import { commentKey } from '../article/comment-key.ts';
import { parentsBuilt, treeParents } from '../article/tree-parents.ts';
import { columnBuilders } from './column-builders.ts';
import type { ArticleIndex, ArticleTree } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';
import type { NormalizedLocation } from '../types.ts';
import {
  treeColumnsBuilder,
  type TreeColumns,
  type TreeColumnsBuilder,
} from './tree-columns-builder.ts';

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

const cache = new WeakMap<ArticleIndex, ArticleColumns>();

/** Comments read per warm step: a fifth of a 50,000-comment dump, whose columns in one go took 120 ms. */
const COLUMNS_STEP = 10_000;

function builderOf(byId: ArticleTree['byId']): TreeColumnsBuilder {
  let builder = columnBuilders.get(byId);
  if (builder === undefined) columnBuilders.set(byId, (builder = treeColumnsBuilder(byId)));
  return builder;
}

/** Whether a tree's columns and parents are built (its first view then builds only its keys). */
export const columnsBuilt = (tree: Pick<ArticleTree, 'byId' | 'children'>): boolean =>
  (columnBuilders.get(tree.byId)?.step(0) ?? null) !== null && parentsBuilt(tree);

/**
 * Builds the next missing piece of a tree's columns ahead of its first view: the columns,
 * COLUMNS_STEP comments at a time, then the parents. Each piece is a task of its own (at 50,000
 * comments the columns and parents together once made one of 260 ms) instead of lengthening the
 * one that derives the view.
 */
export function warmArticleColumns(tree: Pick<ArticleTree, 'byId' | 'children'>): void {
  const builder = builderOf(tree.byId);
  if (builder.step(0) === null) builder.step(COLUMNS_STEP);
  else treeParents(tree);
}

/** Each comment's position (its index in `doc.comments`), for work done before the slug is known. */
export const treePositions = (tree: Pick<ArticleTree, 'byId'>): ReadonlyMap<string, number> =>
  treeColumns(tree.byId).position;

function treeColumns(byId: ArticleTree['byId']): TreeColumns {
  // Unbounded, a step reads every comment left, so it always ends with the columns.
  return builderOf(byId).step(Infinity) as TreeColumns;
}

/** Whether an index's own columns (its keys with the tree's) are built, as warm-article.ts does. */
export const indexColumnsBuilt = (index: ArticleIndex): boolean => cache.has(index);

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
