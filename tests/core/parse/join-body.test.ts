import { describe, expect, it } from 'vitest';
import { joinBody } from '../../../src/core/parse/join-body.ts';

describe('joinBody', () => {
  it('should drop blank lines at both ends and keep one blank line between paragraphs', () => {
    expect(joinBody(['', '  one', 'two  ', '', '', ' ', 'three', ''])).toBe('one\ntwo\n\nthree');
  });

  it('should give an empty string for no text', () => {
    expect(joinBody(['', '  '])).toBe('');
  });

  it('should read only the given range of lines, like joining that slice', () => {
    const lines = ['head (x)', '', ' one', '', 'two ', 'next (y)', 'three'];
    expect(joinBody(lines, 1, 5)).toBe('one\n\ntwo');
    expect(joinBody(lines, 1, 5)).toBe(joinBody(lines.slice(1, 5)));
  });
});
