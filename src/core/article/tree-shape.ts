import type { ThreadDocument } from '../types.ts';
import type { ArticleTree } from './article-index.ts';

/**
 * A tree's lookups as two typed arrays over the comments' positions, so the worker can hand them to
 * the page without copying (transfer) and the page rebuilds the Maps in one linear pass, instead
 * of decoding 150,000 Map entries or redoing the cycle checks.
 */
export interface TreeShape {
  /** Position of each comment's parent; TOP for a top-level comment, REPEATED for a repeated id. */
  readonly parents: Int32Array;
  /** Comments below each comment, all depths (0 for a repeated id). */
  readonly descendants: Int32Array;
}

export const TOP = -1;
export const REPEATED = -2;

/** The shape of a tree built by buildArticleTree. */
export function treeShape(tree: ArticleTree): TreeShape {
  const { comments } = tree.doc;
  const position = new Map<string, number>();
  const parents = new Int32Array(comments.length);
  const descendants = new Int32Array(comments.length);
  comments.forEach((c, i) => {
    // A repeated id is not in the tree: byId keeps the first comment with it.
    if (tree.byId.get(c.id) !== c) {
      parents[i] = REPEATED;
      return;
    }
    position.set(c.id, i);
    descendants[i] = tree.descendantCount.get(c.id) ?? 0;
  });
  for (const [parent, children] of tree.children) {
    const at = parent === null ? TOP : (position.get(parent) ?? TOP);
    for (const child of children) {
      const i = position.get(child);
      if (i !== undefined) parents[i] = at;
    }
  }
  return { parents, descendants };
}

/** The tree buildArticleTree would build for `doc`, from the shape of that tree. */
export function treeFromShape(doc: ThreadDocument, shape: TreeShape): ArticleTree {
  const byId = new Map<string, ThreadDocument['comments'][number]>();
  const children = new Map<string | null, string[]>([[null, []]]);
  const descendantCount = new Map<string, number>();
  const { comments } = doc;
  for (let i = 0; i < comments.length; i += 1) {
    const c = comments[i];
    const p = shape.parents[i] ?? REPEATED;
    if (c === undefined || p === REPEATED) continue;
    byId.set(c.id, c);
    descendantCount.set(c.id, shape.descendants[i] ?? 0);
    const key = p === TOP ? null : (comments[p]?.id ?? null);
    let list = children.get(key);
    if (list === undefined) {
      list = [];
      children.set(key, list);
    }
    list.push(c.id);
  }
  return { doc, byId, children, descendantCount };
}
