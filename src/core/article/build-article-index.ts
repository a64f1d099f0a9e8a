import type { ThreadComment, ThreadDocument } from '../types.ts';
import type { ArticleIndex, ArticleTree } from './article-index.ts';

/**
 * Builds the tree lookups once. Iterative throughout: a 50k-deep reply chain must not overflow
 * the stack. A comment whose parent is missing, itself, or part of a cycle is shown at top level
 * rather than lost; a repeated id keeps its first comment only (ids must be unique per article).
 */
export function buildArticleTree(doc: ThreadDocument): ArticleTree {
  const byId = new Map<string, ThreadComment>();
  for (const c of doc.comments) if (!byId.has(c.id)) byId.set(c.id, c);

  const parentOf = new Map<string, string | null>();
  for (const c of byId.values()) {
    const p = c.parentId;
    parentOf.set(c.id, p !== null && p !== c.id && byId.has(p) ? p : null);
  }
  breakCycles(parentOf);

  const children = new Map<string | null, string[]>([[null, []]]);
  for (const c of byId.values()) {
    const p = parentOf.get(c.id) ?? null;
    let list = children.get(p);
    if (list === undefined) {
      list = [];
      children.set(p, list);
    }
    list.push(c.id);
  }

  const descendantCount = new Map<string, number>();
  for (const id of postOrder(children)) {
    let n = 0;
    for (const child of children.get(id) ?? []) n += 1 + (descendantCount.get(child) ?? 0);
    descendantCount.set(id, n);
  }
  return { doc, byId, children, descendantCount };
}

/** The tree with the slug the page names the article by (tests and tools that skip the worker). */
export function buildArticleIndex(doc: ThreadDocument, slug: string): ArticleIndex {
  return { slug, ...buildArticleTree(doc) };
}

/** Walks up from each comment; a walk that meets itself is a cycle, cut at the comment it started from. */
function breakCycles(parentOf: Map<string, string | null>): void {
  const settled = new Set<string>();
  for (const start of parentOf.keys()) {
    const path = new Set<string>();
    let id: string | null = start;
    while (id !== null && !settled.has(id)) {
      if (path.has(id)) {
        parentOf.set(id, null);
        break;
      }
      path.add(id);
      id = parentOf.get(id) ?? null;
    }
    for (const p of path) settled.add(p);
  }
}

/** Every comment id, children before their parent. */
function postOrder(children: ReadonlyMap<string | null, readonly string[]>): string[] {
  const out: string[] = [];
  const stack: string[] = [...(children.get(null) ?? [])];
  // Pre-order with a stack, reversed, is a valid children-first order.
  while (stack.length > 0) {
    const id = stack.pop() as string;
    out.push(id);
    for (const child of children.get(id) ?? []) stack.push(child);
  }
  return out.reverse();
}
