import { describe, expect, it } from 'vitest';
import {
  commentKey,
  contentKey,
  splitCommentKey,
  splitContentKey,
} from '../../../src/core/article/comment-key.ts';

describe('comment keys', () => {
  it('should build and split a page key at the first slash, ids with slashes intact', () => {
    expect(commentKey('talks', 'x/1')).toBe('talks/x/1');
    expect(splitCommentKey('talks/x/1')).toEqual({ slug: 'talks', id: 'x/1' });
    expect(splitCommentKey('nokey')).toBeNull();
    expect(splitCommentKey('/x')).toBeNull();
  });

  it('should build and split a content key the same way', () => {
    expect(contentKey('abcd', 'x/1')).toBe('abcd/x/1');
    expect(splitContentKey('abcd/x/1')).toEqual({ hash: 'abcd', id: 'x/1' });
    expect(splitContentKey('nokey')).toBeNull();
  });
});
