import type { ThreadComment } from '../core/types.ts';
import { COMMENT_SLICE } from './protocol.ts';

/** Where one open request's slices go: a slice as JSON, and how many comments it holds. */
export type CommentSink = (json: string, count: number) => void;

/** The comments of a parse that is still running, on their way out in slices. */
export interface CommentStream {
  /** The parse's next comment; each COMMENT_SLICE of them go out as one slice. */
  push(comment: ThreadComment): void;
  /** Sends the comments left after the last full slice. */
  flush(): void;
}

/**
 * Sends a parse's comments while the parse goes on, so the page decodes them during the stance
 * pass instead of after it (at 50,000 comments its decoding ran hundreds of ms behind the worker).
 * A slice goes to each request waiting on the open that has had every slice before it: one that
 * joined once slices had gone out gets none, and all of them with the opened dump (engine.ts).
 */
export function commentStream(
  waiters: ReadonlySet<number>,
  sinks: ReadonlyMap<number, CommentSink>,
): CommentStream {
  /** Comments sent so far to each request, by id. */
  const sent = new Map<number, number>();
  let at = 0;
  let slice: ThreadComment[] = [];
  const flush = (): void => {
    if (slice.length === 0) return;
    const takers = [...waiters].filter((id) => sinks.has(id) && (sent.get(id) ?? 0) === at);
    // No one to send to (tests, an open nobody streams): no JSON is built.
    const json = takers.length === 0 ? '' : JSON.stringify(slice);
    for (const id of takers) {
      sinks.get(id)?.(json, slice.length);
      sent.set(id, at + slice.length);
    }
    at += slice.length;
    slice = [];
  };
  return {
    push(comment) {
      slice.push(comment);
      if (slice.length === COMMENT_SLICE) flush();
    },
    flush,
  };
}
