import { describe, expect, it } from 'vitest';
import { BodyLines } from '../../../src/core/parse/body-lines.ts';

/** Feeds each line of `text` to a body the way the parser does: trimmed text, or blank. */
function body(text: string, head = '', bodies = new BodyLines(text)): string {
  bodies.open(head);
  let start = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') bodies.blank();
    else {
      const first = start + line.indexOf(trimmed);
      bodies.line(first, first + trimmed.length);
    }
    start += line.length + 1;
  }
  return bodies.close();
}

describe('BodyLines', () => {
  it('should trim each line and keep one empty line between paragraphs', () => {
    expect(body('    one\n    two  \n\n\n   \n    three')).toBe('one\ntwo\n\nthree');
  });

  it('should drop blank lines at both ends', () => {
    expect(body('\n\n    only\n\n')).toBe('only');
  });

  it('should give the head alone when no line has text, and an empty body for neither', () => {
    expect(body('\n  \n', 'Agreed.')).toBe('Agreed.');
    expect(body('\n  \n')).toBe('');
  });

  it('should put the head first, a paragraph break after it when a blank line follows', () => {
    expect(body('    more', 'Hi there')).toBe('Hi there\nmore');
    expect(body('\n    more', 'Hi there')).toBe('Hi there\n\nmore');
  });

  it('should start each body afresh when one reader reads several', () => {
    const text = '  a long first line of text\n\n  and its second paragraph';
    const bodies = new BodyLines(text);
    expect(body(text, '', bodies)).toBe('a long first line of text\n\nand its second paragraph');
    bodies.open('');
    bodies.line(2, 27);
    expect(bodies.close()).toBe('a long first line of text');
  });
});
