import { treeFromShapeIn } from '../core/article/tree-shape.ts';
import type { ThreadComment } from '../core/types.ts';
import type { OpenedDump, OpenedWire } from './protocol.ts';

/**
 * The dump as the worker opened it, from its wire form and its comments as JSON slices: each slice
 * is parsed, and its part of the tree's lookups rebuilt, in a task of its own, then the dump is
 * handed on in another. Each slice is let go once parsed: 50,000 comments are about 40 MB of text.
 */
export function assembleDump(
  wire: OpenedWire,
  slices: string[],
  done: (dump: OpenedDump) => void,
): void {
  const { doc, shape, ...rest } = wire;
  const comments: ThreadComment[] = [];
  const tree = treeFromShapeIn(shape, comments);
  const step = (k: number): void => {
    const slice = slices[k];
    if (slice === undefined) {
      done({ ...rest, tree: tree.finish({ ...doc, comments }) });
      return;
    }
    slices[k] = '';
    const from = comments.length;
    for (const c of JSON.parse(slice) as ThreadComment[]) comments.push(c);
    tree.add(from, comments.length);
    setTimeout(() => step(k + 1), 0);
  };
  setTimeout(() => step(0), 0);
}
