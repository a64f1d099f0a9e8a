import { describe, expect, it } from 'vitest';
import { joinBody } from '../../../src/core/parse/join-body.ts';
import { lineIndex } from '../../../src/core/parse/line-index.ts';

const join = (text: string, from = 0, to = lineIndex(text).count, head = '') =>
  joinBody(lineIndex(text), from, to, head);

describe('joinBody', () => {
  it('should drop blank lines at both ends and keep one blank line between paragraphs', () => {
    expect(join('\n  one\ntwo  \n\n\n \nthree\n')).toBe('one\ntwo\n\nthree');
  });

  it('should give an empty string for no text', () => {
    expect(join('\n  ')).toBe('');
  });

  it('should read only the given range of lines', () => {
    expect(join('head (x)\n\n one\n\ntwo \nnext (y)\nthree', 1, 5)).toBe('one\n\ntwo');
  });

  it('should put the head first, a paragraph break after it when a blank line follows', () => {
    expect(join('• Hi there\n    more', 1, 2, 'Hi there')).toBe('Hi there\nmore');
    expect(join('• Hi there\n\n    more', 1, 3, 'Hi there')).toBe('Hi there\n\nmore');
    expect(join('• Hi there\n\n', 1, 3, 'Hi there')).toBe('Hi there');
  });

  it('should read CRLF and lone CR breaks like LF ones', () => {
    expect(join('one\r\n\r\ntwo\rthree')).toBe('one\n\ntwo\nthree');
  });
});
