import { describe, expect, it } from 'vitest';
import { lastReplyCache } from '../../../../src/core/replies/cues/last-reply-cache.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

describe('lastReplyCache', () => {
  it('should build once while the same reply is asked for, and again for another', () => {
    const built: string[] = [];
    const words = lastReplyCache((reply) => {
      built.push(reply.body);
      return reply.wordCount;
    });
    const a = prepareComment('A', 'One two three.');
    const b = prepareComment('B', 'Four five.');
    expect([words(a), words(a), words(b), words(a)]).toEqual([3, 3, 2, 3]);
    expect(built).toEqual(['One two three.', 'Four five.', 'One two three.']);
  });
});
