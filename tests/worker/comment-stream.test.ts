import { describe, expect, it } from 'vitest';
import { commentStream, type CommentSink } from '../../src/worker/comment-stream.ts';
import { COMMENT_SLICE } from '../../src/worker/protocol.ts';
import type { ThreadComment } from '../../src/core/types.ts';
import { makeDoc } from '../core/support/thread-fixture.ts';

const comments = makeDoc(
  'Streamed',
  Array.from({ length: COMMENT_SLICE + 3 }, (_, i) => ({ id: `c${i}`, parent: null })),
).comments;

function collector(): { sink: CommentSink; got: ThreadComment[]; counts: number[] } {
  const got: ThreadComment[] = [];
  const counts: number[] = [];
  return {
    got,
    counts,
    sink: (json, count) => {
      got.push(...(JSON.parse(json) as ThreadComment[]));
      counts.push(count);
    },
  };
}

describe('commentStream', () => {
  it('should send each full slice as it fills, and the rest on flush', () => {
    const a = collector();
    const stream = commentStream(new Set([1]), new Map([[1, a.sink]]));
    for (const c of comments.slice(0, COMMENT_SLICE - 1)) stream.push(c);
    expect(a.counts).toEqual([]);
    for (const c of comments.slice(COMMENT_SLICE - 1)) stream.push(c);
    expect(a.counts).toEqual([COMMENT_SLICE]);
    stream.flush();
    expect(a.counts).toEqual([COMMENT_SLICE, 3]);
    expect(a.got).toEqual(comments);
    stream.flush();
    expect(a.counts).toHaveLength(2);
  });

  it('should send nothing to a request that joined after a slice went out', () => {
    const a = collector();
    const late = collector();
    const waiters = new Set([1]);
    const sinks = new Map([[1, a.sink]]);
    const stream = commentStream(waiters, sinks);
    for (const c of comments.slice(0, COMMENT_SLICE)) stream.push(c);
    waiters.add(2);
    sinks.set(2, late.sink);
    for (const c of comments.slice(COMMENT_SLICE)) stream.push(c);
    stream.flush();
    // It gets every comment with the opened dump instead: a gap in its slices would lose some.
    expect(late.got).toEqual([]);
    expect(a.got).toEqual(comments);
  });

  it('should pass over a waiting request that has no sink', () => {
    const a = collector();
    const stream = commentStream(new Set([1, 2]), new Map([[2, a.sink]]));
    for (const c of comments) stream.push(c);
    stream.flush();
    expect(a.got).toEqual(comments);
  });
});
