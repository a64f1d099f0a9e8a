import { describe, expect, it } from 'vitest';
import { joinBody, lineSource } from '../../../src/core/parse/join-body.ts';

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

describe('lineSource', () => {
  it('should give each line its offset in the text, or null when a CR makes breaks two characters', () => {
    const text = '\uFEFFtitle\n\none\n\ntwo';
    const lines = text.slice(1).split('\n');
    expect([...(lineSource(text, lines)?.starts ?? [])]).toEqual([1, 7, 8, 12, 13]);
    expect(lineSource('a\r\nb', ['a', 'b'])).toBeNull();
  });

  it('should slice a body already written as joinBody writes it, and copy any other the same as without', () => {
    const cases = [
      'h\none\n\ntwo\nthree\nh',
      'h\n  one\n\ntwo\nh',
      'h\none\n\n\ntwo\nh',
      'h\none\n \ntwo\nh',
      'h\n\none\ntwo\n\n\nh',
    ];
    for (const text of cases) {
      const lines = text.split('\n');
      const source = lineSource(text, lines);
      expect(joinBody(lines, 1, lines.length - 1, source)).toBe(
        joinBody(lines, 1, lines.length - 1),
      );
    }
  });
});
