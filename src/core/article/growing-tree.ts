import type { ThreadComment, ThreadDocument } from '../types.ts';
import type { ArticleTree } from './article-index.ts';
import { REPEATED, TOP, type TreeShape } from './tree-shape.ts';

/** A tree's lookups built as its comments arrive, before the tree's shape is known. */
export interface GrowingTree {
  /** The next comment, in document order. */
  add(comment: ThreadComment): void;
  /**
   * The tree of `doc`, whose comments are the ones added in that order, when `shape` is the shape
   * their own parent ids make (unique ids, every parent present, no cycle: every parse); otherwise
   * null, and the tree must be rebuilt from the shape (treeFromShapeIn).
   */
  finish(doc: ThreadDocument, shape: TreeShape): ArticleTree | null;
}

/**
 * The page adds each comment of an opening dump as its slice is decoded, while the worker is still
 * sending the rest, so the opened dump no longer waits for 50,000 comments' Map entries to be
 * built after the shape arrives: only each comment's descendant count, which the shape brings.
 */
export function growingTree(): GrowingTree {
  const byId = new Map<string, ThreadComment>();
  const children = new Map<string | null, string[]>([[null, []]]);
  const added: ThreadComment[] = [];
  return {
    add(comment) {
      added.push(comment);
      byId.set(comment.id, comment);
      let list = children.get(comment.parentId);
      if (list === undefined) {
        list = [];
        children.set(comment.parentId, list);
      }
      list.push(comment.id);
    },
    finish(doc, shape) {
      const { comments } = doc;
      if (comments.length !== added.length) return null;
      for (let i = 0; i < comments.length; i += 1) {
        const p = shape.parents[i] ?? REPEATED;
        // A repeated id, a missing parent or a cut cycle: the shape's parent is not the stated one.
        if (p === REPEATED || comments[i] !== added[i]) return null;
        const parentId = p === TOP ? null : (comments[p]?.id ?? null);
        if (parentId !== comments[i]?.parentId) return null;
      }
      const descendantCount = new Map<string, number>();
      comments.forEach((c, i) => descendantCount.set(c.id, shape.descendants[i] ?? 0));
      return { doc, byId, children, descendantCount };
    },
  };
}
