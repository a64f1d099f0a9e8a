import type { ReplyInfo, ThreadComment } from '../types.ts';
import type { ArticleTree } from './article-index.ts';
import { TOP, treeFromShape, type TreeShape } from './tree-shape.ts';

/**
 * A flat dump's threads as the worker sends them to a page that has its comments already: who
 * answers whom, without the comments' text a second time (19 MB of JSON at 50,000 comments).
 */
export interface ThreadLinks {
  /** Per comment, how its parent was found; null at the top level. */
  readonly replies: readonly (ReplyInfo | null)[];
  /** The document's warnings once its parents are guessed. */
  readonly warnings: readonly string[];
  /**
   * The shape of the tree they make (treeShapeOf), worked out in the worker: its `parents` are each
   * comment's parent's position, negative at the top level (a parse's ids are all distinct).
   */
  readonly shape: TreeShape;
}

/**
 * The tree of a flat dump shown in page order (tree.repliesPending), once its parents are guessed:
 * each comment with its parent, depth and reply, as linkStructure gives them, and the lookups
 * rebuilt from the worker's shape. Still pending its stances if it was.
 */
export function treeWithReplies(tree: ArticleTree, links: ThreadLinks): ArticleTree {
  const comments: ThreadComment[] = [];
  tree.doc.comments.forEach((c, i) => {
    const at = links.shape.parents[i] ?? TOP;
    const parent = at < 0 ? undefined : comments[at];
    comments.push({
      ...c,
      parentId: parent?.id ?? null,
      depth: parent === undefined ? 0 : parent.depth + 1,
      reply: parent === undefined ? null : (links.replies[i] ?? null),
    });
  });
  const doc = { ...tree.doc, comments, warnings: links.warnings };
  const threads = treeFromShape(doc, links.shape);
  return tree.stancesPending === true ? { ...threads, stancesPending: true } : threads;
}
