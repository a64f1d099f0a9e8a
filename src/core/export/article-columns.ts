import { articleKeys } from '../article/article-keys.ts';
import { commentKey } from '../article/comment-key.ts';
import { parentsBuilt, treeParents } from '../article/tree-parents.ts';
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

// Keyed by the comment map, which the worker's tree and every index named from it share.
const byTree = new WeakMap<ArticleTree['byId'], TreeColumnsBuilder>();
const cache = new WeakMap<ArticleIndex, ArticleColumns>();
// Trees that share columns (shareColumns) share their keys too while the slug stays the same.
const keysOf = new WeakMap<TreeColumns, { readonly slug: string; readonly keys: CommentKey[] }>();

/** Comments read per warm step: a fifth of a 50,000-comment dump, whose columns in one go took 120 ms. */
const COLUMNS_STEP = 10_000;

function builderOf(byId: ArticleTree['byId']): TreeColumnsBuilder {
  let builder = byTree.get(byId);
  if (builder === undefined) byTree.set(byId, (builder = treeColumnsBuilder(byId)));
  return builder;
}

/** Whether a tree's columns and parents are built (its first view then builds only its keys). */
export const columnsBuilt = (tree: Pick<ArticleTree, 'byId' | 'children'>): boolean =>
  (byTree.get(tree.byId)?.step(0) ?? null) !== null && parentsBuilt(tree);

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

/**
 * Lets a tree whose comments differ from `from`'s only in where they hang (a big flat dump's threads
 * replacing its page order) read `from`'s columns: rebuilding them for the same ids, places,
 * names and stances was about a tenth of the page's time between the threads' arrival and their
 * showing (50,000 comments, a Chromium profile). A comment differing in what a column reads, or
 * in its place in the order, keeps the rebuild.
 */
export function shareColumns(from: ArticleTree['byId'], to: ArticleTree['byId']): void {
  const builder = byTree.get(from);
  if (builder === undefined || byTree.has(to) || from.size !== to.size) return;
  const was = from.values();
  for (const c of to.values()) {
    const old = was.next().value;
    if (
      old?.id !== c.id ||
      old.author !== c.author ||
      old.location !== c.location ||
      old.stance.label !== c.stance.label
    )
      return;
  }
  byTree.set(to, builder);
}

/** Each comment's position (its index in `doc.comments`), for work done before the slug is known. */
export const treePositions = (tree: Pick<ArticleTree, 'byId'>): ReadonlyMap<string, number> =>
  treeColumns(tree.byId).position;

function treeColumns(byId: ArticleTree['byId']): TreeColumns {
  // Unbounded, a step reads every comment left, so it always ends with the columns.
  return builderOf(byId).step(Infinity) as TreeColumns;
}

export function articleColumns(index: ArticleIndex): ArticleColumns {
  const known = cache.get(index);
  if (known !== undefined) return known;
  const tree = treeColumns(index.byId);
  const shared = keysOf.get(tree);
  let keys = shared?.slug === index.slug ? shared.keys : undefined;
  if (keys === undefined) {
    // The same key strings as articleKeys: Sets of keys then hash each string once.
    const byId = articleKeys(index);
    keys = tree.ids.map((id) => byId.get(id) ?? commentKey(index.slug, id));
    keysOf.set(tree, { slug: index.slug, keys });
  }
  const columns: ArticleColumns = { ...tree, keys };
  cache.set(index, columns);
  return columns;
}
