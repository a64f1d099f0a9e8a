import { commentKey, splitCommentKey } from './comment-key.ts';
import { sortedChildren } from './sorted-children.ts';
import { treeParents } from './tree-parents.ts';
import type { ArticleIndex, CommentKey, Row, SortOrder } from './view-types.ts';

export interface ProjectRowsInput {
  readonly articles: readonly ArticleIndex[];
  /** Comments that pass search and filters; null shows everything. */
  readonly matches: ReadonlySet<CommentKey> | null;
  readonly collapsed: ReadonlySet<CommentKey>;
  readonly sort: SortOrder;
  /** Show only the thread containing this comment, from its root. */
  readonly threadRoot: CommentKey | null;
  /** A comment to bring into view: its collapsed ancestors open, and it shows even if filtered out. */
  readonly reveal: CommentKey | null;
}

/**
 * The thread view as flat rows: an article header, then its comments depth-first. Matching comments
 * appear inside their threads with non-matching ancestors kept (dimmed) for context. Iterative: a
 * 50k-deep chain must not overflow the stack.
 */
export function projectRows(input: ProjectRowsInput): Row[] {
  const { matches, collapsed, sort } = input;
  const rows: Row[] = [];
  const thread = input.threadRoot === null ? null : splitCommentKey(input.threadRoot);
  const reveal = input.reveal === null ? null : splitCommentKey(input.reveal);

  for (const article of input.articles) {
    if (thread !== null && article.slug !== thread.slug) continue;
    const parents = treeParents(article);
    const roots = rootsFor(article, sort, thread?.id ?? null, parents);
    if (roots === null) continue;

    const match = (id: string): boolean =>
      matches === null || matches.has(commentKey(article.slug, id));
    const revealId = reveal !== null && reveal.slug === article.slug ? reveal.id : null;
    const opened = revealId === null ? new Set<string>() : ancestors(revealId, parents);
    // Without a filter every comment shows; with one, matches and their ancestors do.
    const shown = matches === null ? null : shownSet(article, match, revealId, parents);
    if (shown !== null && revealId !== null && parents.has(revealId)) shown.add(revealId);

    const count =
      thread === null ? countAll(article, matches, match) : countUnder(article, roots, match);
    if (matches !== null && count === 0 && revealId === null) continue;
    rows.push({
      kind: 'article',
      key: `article:${article.slug}`,
      depth: 0,
      slug: article.slug,
      count,
    });

    const kidsOf = sortedChildren(article, sort);
    const visible = (id: string): boolean => shown === null || shown.has(id);
    const stack: Array<[string, number]> = [];
    for (let i = roots.length - 1; i >= 0; i -= 1) {
      const id = roots[i] as string;
      if (visible(id)) stack.push([id, 0]);
    }
    while (stack.length > 0) {
      const [id, depth] = stack.pop() as [string, number];
      const key = commentKey(article.slug, id);
      const kids = (kidsOf.get(id) ?? []).filter(visible);
      const isCollapsed = collapsed.has(key) && kids.length > 0 && !opened.has(id);
      rows.push({
        kind: 'comment',
        key,
        depth,
        slug: article.slug,
        id,
        replyCount: article.children.get(id)?.length ?? 0,
        collapsed: isCollapsed,
        hiddenCount: isCollapsed ? hiddenBelow(article, id, shown) : 0,
        dimmed: !match(id),
      });
      if (isCollapsed) continue;
      for (let i = kids.length - 1; i >= 0; i -= 1) stack.push([kids[i] as string, depth + 1]);
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

function ancestors(id: string, parents: ReadonlyMap<string, string | null>): Set<string> {
  const out = new Set<string>();
  for (let p = parents.get(id) ?? null; p !== null && !out.has(p); p = parents.get(p) ?? null) {
    out.add(p);
  }
  return out;
}

/** Matches plus every ancestor of one; each walk up stops at the first comment already marked. */
function shownSet(
  article: ArticleIndex,
  match: (id: string) => boolean,
  revealId: string | null,
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
  for (const id of article.byId.keys()) if (match(id)) mark(id);
  if (revealId !== null && parents.has(revealId)) mark(revealId);
  return shown;
}

function countAll(
  article: ArticleIndex,
  matches: ReadonlySet<CommentKey> | null,
  match: (id: string) => boolean,
): number {
  if (matches === null) return article.byId.size;
  let n = 0;
  for (const id of article.byId.keys()) if (match(id)) n += 1;
  return n;
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
