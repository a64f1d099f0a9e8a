import { treeFromShapeIn } from '../core/article/tree-shape.ts';
import type { ThreadComment } from '../core/types.ts';
import { nextTask } from './next-task.ts';
import { decodeCommentSlice, type CommentSlice } from './comment-slice.ts';
import type { OpenedDump, OpenedWire } from './protocol.ts';

/** Comments whose tree lookups are rebuilt in one task: a few milliseconds' worth. */
export const REBUILD_STEP = 10_000;

/** Puts an opened dump back together on the page from the worker's `comments` and `opened` messages. */
export interface DumpAssembler {
  /** A `comments` message: its slice is decoded in a task of its own while the worker goes on. */
  add(slice: CommentSlice): void;
  /** The `opened` message: once every slice is decoded, the tree is rebuilt in steps, then `done`. */
  finish(wire: OpenedWire, done: (dump: OpenedDump) => void): void;
}

/**
 * Each slice is decoded as it arrives, not all after `opened`: at 50,000 comments the page then
 * decodes while the worker is still encoding, instead of a second after it. Each slice is let go
 * once parsed: 50,000 comments are about 40 MB of text.
 */
export function createDumpAssembler(): DumpAssembler {
  const queue: CommentSlice[] = [];
  const comments: ThreadComment[] = [];
  let decoding = false;
  let whenDecoded: (() => void) | null = null;

  const decodeNext = (): void => {
    const slice = queue.shift();
    if (slice !== undefined) for (const c of decodeCommentSlice(slice)) comments.push(c);
    if (queue.length > 0) nextTask(decodeNext);
    else {
      decoding = false;
      whenDecoded?.();
    }
  };

  return {
    add(slice) {
      queue.push(slice);
      if (decoding) return;
      decoding = true;
      nextTask(decodeNext);
    },
    finish(wire, done) {
      whenDecoded = () => rebuild(wire, comments, done);
      if (!decoding) nextTask(whenDecoded);
    },
  };
}

/** The tree's lookups from the wire's shape, REBUILD_STEP comments per task. */
function rebuild(wire: OpenedWire, comments: ThreadComment[], done: (d: OpenedDump) => void) {
  const { doc, shape, stancesPending, repliesPending, ...rest } = wire;
  const tree = treeFromShapeIn(shape, comments);
  const step = (from: number): void => {
    const to = Math.min(from + REBUILD_STEP, comments.length);
    tree.add(from, to);
    if (to < comments.length) nextTask(() => step(to));
    else {
      const built = tree.finish({ ...doc, comments });
      const pending = repliesPending ? { ...built, repliesPending } : built;
      done({ ...rest, tree: stancesPending ? { ...pending, stancesPending } : pending });
    }
  };
  step(0);
}
