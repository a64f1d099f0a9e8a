import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/core/text/plural.ts';

describe('plural', () => {
  it('should use the singular for exactly one', () => {
    expect(plural(1, 'comment')).toBe('1 comment');
  });

  it('should add "s" for zero and for more than one', () => {
    expect(plural(0, 'comment')).toBe('0 comments');
    expect(plural(2, 'thread')).toBe('2 threads');
  });

  it('should use the given plural form when "s" is wrong', () => {
    expect(plural(1, 'reply', 'replies')).toBe('1 reply');
    expect(plural(3, 'reply', 'replies')).toBe('3 replies');
  });
});
