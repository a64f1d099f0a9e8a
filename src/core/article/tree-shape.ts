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

/** Builds a tree from its shape a range of comments at a time (treeFromShape in pieces). */
export interface TreeFromShape {
  /** Adds comments [from, to) of the array given at the start; earlier ranges first. */
  add(from: number, to: number): void;
  /** The tree of `doc`, whose comments are that array, once every range is added. */
  finish(doc: ThreadDocument): ArticleTree;
}

/**
 * treeFromShape in pieces: the page adds each slice of comments as it decodes it, so no task
 * rebuilds all 150,000 Map entries of a 50,000-comment dump at once (50–150 ms in one task).
 */
export function treeFromShapeIn(
  shape: TreeShape,
  comments: readonly ThreadDocument['comments'][number][],
): TreeFromShape {
  const byId = new Map<string, ThreadDocument['comments'][number]>();
  const children = new Map<string | null, string[]>([[null, []]]);
  const descendantCount = new Map<string, number>();
  /** A reply met before its parent was added: the tree is rebuilt whole at the end. */
  let early = false;
  return {
    add(from, to) {
      for (let i = from; i < to; i += 1) {
        const c = comments[i];
        const p = shape.parents[i] ?? REPEATED;
        if (c === undefined || p === REPEATED) continue;
        byId.set(c.id, c);
        descendantCount.set(c.id, shape.descendants[i] ?? 0);
        // Parents come before their replies in every parse; a document built otherwise is
        // rebuilt whole by `finish`, so the children keep page order either way.
        if (p !== TOP && comments[p] === undefined) early = true;
        const key = p === TOP ? null : (comments[p]?.id ?? null);
        let list = children.get(key);
        if (list === undefined) {
          list = [];
          children.set(key, list);
        }
        list.push(c.id);
      }
    },
    finish(doc) {
      if (!early) return { doc, byId, children, descendantCount };
      const whole = treeFromShapeIn(shape, doc.comments);
      whole.add(0, doc.comments.length);
      return whole.finish(doc);
    },
  };
}

/** The tree buildArticleTree would build for `doc`, from the shape of that tree. */
export function treeFromShape(doc: ThreadDocument, shape: TreeShape): ArticleTree {
  const build = treeFromShapeIn(shape, doc.comments);
  build.add(0, doc.comments.length);
  return build.finish(doc);
}
