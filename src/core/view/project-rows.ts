import { articleColumns } from '../export/article-columns.ts';
import { splitCommentKey } from '../article/comment-key.ts';
import { treeOrder, type TreeOrder } from './tree-order.ts';
import type { Row, SortOrder } from './view-types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';

export interface ProjectRowsInput {
  readonly articles: readonly ArticleIndex[];
  /** Comments that pass search and filters; null shows everything. */
  readonly matches: ReadonlySet<CommentKey> | null;
  /**
   * Folded comments: each shows as one line (its body and every reply below it hidden), as Reddit's
   * and Hacker News' "[–]" do. Any comment can be folded, a reply-less one too (a long body).
   */
  readonly collapsed: ReadonlySet<CommentKey>;
  readonly sort: SortOrder;
  /** Show only the thread containing this comment, from its root. */
  readonly threadRoot: CommentKey | null;
}

/**
 * The thread view as flat rows: an article header, then its comments depth-first. Matching comments
 * appear inside their threads with non-matching ancestors kept (dimmed) for context. One pass over
 * the article's thread order (treeOrder): a folded or filtered-out subtree is skipped whole.
 */
export function projectRows(input: ProjectRowsInput): Row[] {
  const { matches, collapsed, sort } = input;
  const anyCollapsed = collapsed.size > 0;
  const rows: Row[] = [];
  const thread = input.threadRoot === null ? null : splitCommentKey(input.threadRoot);

  for (const article of input.articles) {
    if (thread !== null && article.slug !== thread.slug) continue;
    const cols = articleColumns(article);
    const order = treeOrder(article, sort);
    const span = spanOf(order, cols.position, thread?.id ?? null);
    if (span === null) continue;
    const [from, to] = span;
    const { pre, end, depth, replies } = order;
    const keys = cols.keys;
    // Without a filter every comment shows; with one, matches and their ancestors do.
    const matched = matches === null ? null : matchedFlags(keys, matches);
    const shown = matched === null ? null : shownFlags(matched, order);

    const count = matched === null ? to - from : countIn(matched, pre, from, to);
    if (matches !== null && count === 0) continue;
    rows.push({
      kind: 'article',
      key: `article:${article.slug}`,
      depth: 0,
      slug: article.slug,
      count,
    });

    for (let s = from; s < to;) {
      const p = pre[s] as number;
      if (shown !== null && shown[p] === 0) {
        // Nothing below a comment that is not shown matches either.
        s = end[s] as number;
        continue;
      }
      const key = keys[p] as CommentKey;
      const isCollapsed = anyCollapsed && collapsed.has(key);
      const below = end[s] as number;
      rows.push({
        kind: 'comment',
        key,
        depth: depth[p] as number,
        slug: article.slug,
        id: cols.ids[p] as string,
        replyCount: replies[p] as number,
        collapsed: isCollapsed,
        hiddenCount: !isCollapsed
          ? 0
          : shown === null
            ? below - s - 1
            : countIn(shown, pre, s + 1, below),
        dimmed: matched !== null && matched[p] === 0,
      });
      s = isCollapsed ? below : s + 1;
    }
  }
  return rows;
}

/** The slots to project: the whole article, or the thread holding `threadId` (null if absent). */
function spanOf(
  order: TreeOrder,
  position: ReadonlyMap<string, number>,
  threadId: string | null,
): readonly [number, number] | null {
  if (threadId === null) return [0, order.pre.length];
  let p = position.get(threadId);
  if (p === undefined) return null;
  for (let up = order.parent[p] as number; up >= 0; up = order.parent[up] as number) p = up;
  // A thread view projects once per change of view: one scan for its root's slot is cheap.
  const s = order.pre.indexOf(p);
  return s < 0 ? null : [s, order.end[s] as number];
}

/** 1 for each comment (by position) in `matches`. */
function matchedFlags(keys: readonly CommentKey[], matches: ReadonlySet<CommentKey>): Uint8Array {
  const flags = new Uint8Array(keys.length);
  for (let p = 0; p < keys.length; p += 1) if (matches.has(keys[p] as CommentKey)) flags[p] = 1;
  return flags;
}

/** Matches plus every ancestor of one; each walk up stops at the first comment already marked. */
function shownFlags(matched: Uint8Array, order: TreeOrder): Uint8Array {
  const shown = new Uint8Array(matched.length);
  for (let start = 0; start < matched.length; start += 1) {
    if (matched[start] === 0) continue;
    for (let p = start; p >= 0 && shown[p] === 0; p = order.parent[p] as number) shown[p] = 1;
  }
  return shown;
}

/** How many comments in slots [from, to) are flagged. */
function countIn(flags: Uint8Array, pre: Int32Array, from: number, to: number): number {
  let n = 0;
  for (let s = from; s < to; s += 1) n += flags[pre[s] as number] as number;
  return n;
}
