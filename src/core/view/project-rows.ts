import { articleKeys } from '../article/article-keys.ts';
import { commentKey, splitCommentKey } from '../article/comment-key.ts';
import { sortedChildren } from '../article/sorted-children.ts';
import { treeParents } from '../article/tree-parents.ts';
import type { Row, SortOrder } from './view-types.ts';
import type { ArticleIndex } from '../article/article-index.ts';
import type { CommentKey } from '../article/comment-key.ts';

const NONE: readonly string[] = [];

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
 * appear inside their threads with non-matching ancestors kept (dimmed) for context. Iterative: a
 * 50k-deep chain must not overflow the stack.
 */
export function projectRows(input: ProjectRowsInput): Row[] {
  const { matches, collapsed, sort } = input;
  const anyCollapsed = collapsed.size > 0;
  const rows: Row[] = [];
  const thread = input.threadRoot === null ? null : splitCommentKey(input.threadRoot);

  for (const article of input.articles) {
    if (thread !== null && article.slug !== thread.slug) continue;
    const parents = treeParents(article);
    const roots = rootsFor(article, sort, thread?.id ?? null, parents);
    if (roots === null) continue;

    const keys = articleKeys(article);
    const match = (id: string): boolean =>
      matches === null || matches.has(keys.get(id) ?? commentKey(article.slug, id));
    const matched = matches === null ? null : matchedIds(article, matches, keys);
    // Without a filter every comment shows; with one, matches and their ancestors do.
    const shown = matched === null ? null : shownSet(matched, parents);

    const count =
      thread !== null ? countUnder(article, roots, match) : (matched?.length ?? article.byId.size);
    if (matches !== null && count === 0) continue;
    rows.push({
      kind: 'article',
      key: `article:${article.slug}`,
      depth: 0,
      slug: article.slug,
      count,
    });

    const kidsOf = sortedChildren(article, sort);
    // Two parallel stacks instead of [id, depth] pairs: no allocation per comment.
    const ids: string[] = [];
    const depths: number[] = [];
    for (let i = roots.length - 1; i >= 0; i -= 1) {
      const id = roots[i] as string;
      if (shown === null || shown.has(id)) {
        ids.push(id);
        depths.push(0);
      }
    }
    while (ids.length > 0) {
      const id = ids.pop() as string;
      const depth = depths.pop() as number;
      const key = keys.get(id) ?? commentKey(article.slug, id);
      const all = kidsOf.get(id) ?? NONE;
      const kids = shown === null ? all : all.filter((k) => shown.has(k));
      const isCollapsed = anyCollapsed && collapsed.has(key);
      rows.push({
        kind: 'comment',
        key,
        depth,
        slug: article.slug,
        id,
        // Sorting keeps every reply: the sorted list is as long as the children's.
        replyCount: all.length,
        collapsed: isCollapsed,
        hiddenCount: isCollapsed ? hiddenBelow(article, id, shown) : 0,
        dimmed: matches !== null && !matches.has(key),
      });
      if (isCollapsed) continue;
      for (let i = kids.length - 1; i >= 0; i -= 1) {
        ids.push(kids[i] as string);
        depths.push(depth + 1);
      }
    }
  }
  return rows;
}

function rootsFor(
  article: ArticleIndex,
  sort: SortOrder,
  threadId: string | null,
  parents: ReadonlyMap<string, string | null>,
): readonly string[] | null {
  const top = sortedChildren(article, sort).get(null) ?? [];
  if (threadId === null) return top;
  if (!parents.has(threadId)) return null;
  let root = threadId;
  for (let p = parents.get(root) ?? null; p !== null; p = parents.get(root) ?? null) root = p;
  return [root];
}

/** This article's matching ids; walks whichever is smaller, the matches or the article. */
function matchedIds(
  article: ArticleIndex,
  matches: ReadonlySet<CommentKey>,
  keys: ReadonlyMap<string, CommentKey>,
): string[] {
  const out: string[] = [];
  if (matches.size < article.byId.size) {
    const prefix = `${article.slug}/`;
    for (const key of matches) {
      if (!key.startsWith(prefix)) continue;
      const id = key.slice(prefix.length);
      if (article.byId.has(id)) out.push(id);
    }
  } else {
    for (const [id, key] of keys) if (matches.has(key)) out.push(id);
  }
  return out;
}

/** Matches plus every ancestor of one; each walk up stops at the first comment already marked. */
function shownSet(
  matched: readonly string[],
  parents: ReadonlyMap<string, string | null>,
): Set<string> {
  const shown = new Set<string>();
  const mark = (start: string): void => {
    for (
      let id: string | null = start;
      id !== null && !shown.has(id);
      id = parents.get(id) ?? null
    ) {
      shown.add(id);
    }
  };
  for (const id of matched) mark(id);
  return shown;
}

function countUnder(
  article: ArticleIndex,
  roots: readonly string[],
  match: (id: string) => boolean,
): number {
  let n = 0;
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (match(id)) n += 1;
    for (const k of article.children.get(id) ?? []) stack.push(k);
  }
  return n;
}

/** Comments a collapse hides: all descendants, or only the shown ones when a filter is on. */
function hiddenBelow(article: ArticleIndex, id: string, shown: ReadonlySet<string> | null): number {
  if (shown === null) return article.descendantCount.get(id) ?? 0;
  let n = 0;
  const stack = [...(article.children.get(id) ?? [])];
  while (stack.length > 0) {
    const kid = stack.pop() as string;
    if (!shown.has(kid)) continue;
    n += 1;
    for (const k of article.children.get(kid) ?? []) stack.push(k);
  }
  return n;
}
