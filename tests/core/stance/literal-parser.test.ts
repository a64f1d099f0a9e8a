import { describe, expect, it } from 'vitest';
import { LiteralParser } from '../../../src/core/stance/literal-parser.ts';

function sets(source: string): (readonly string[])[][] {
  const parser = new LiteralParser(source);
  const alternatives = parser.topLevel();
  expect(parser.done()).toBe(true);
  return alternatives;
}

describe('LiteralParser', () => {
  it('should read each top-level alternative into the literal sets it needs', () => {
    expect(sets(String.raw`\bthe (?:two|both) leaders\b|each other`)).toEqual([
      [['the two leaders', 'the both leaders']],
      [['each other']],
    ]);
  });

  it('should join a run of plain characters to every text spelled before it', () => {
    expect(sets(String.raw`(?:a|b)cd?e+fg`)).toEqual([[['acde', 'ace', 'bcde', 'bce'], ['fg']]]);
  });

  it('should end a run where an optional group left more texts than it spells out', () => {
    // 64 alternatives or none: 65 texts, one of them empty, so no set; "yz" starts afresh.
    const many = Array.from({ length: 64 }, (_, i) => `w${String(i).padStart(2, '0')}`);
    expect(sets(`x(?:${many.join('|')})?yz`)).toEqual([[['x'], ['yz']]]);
  });

  it('should keep text on both sides of a zero-width assertion together', () => {
    expect(sets(String.raw`deal\b(?! breaker) done`)).toEqual([[['deal done']]]);
  });

  it('should end a run where it cannot know the text: a range, a dot, \\w, a repeat', () => {
    expect(sets(String.raw`ab[c-e]ef.gh\w+ij+kl`)).toEqual([
      [['ab'], ['ef'], ['gh'], ['ij'], ['kl']],
    ]);
  });

  it('should spell out a class of a few plain characters as its members', () => {
    expect(sets(String.raw`talk[.!]`)).toEqual([[['talk.', 'talk!']]]);
    expect(sets(String.raw`x[-a]y|x[a-]y`)).toEqual([[['x-y', 'xay']], [['xay', 'x-y']]]);
  });

  it('should not spell out a class that is a range, a negation, an escape or too many characters', () => {
    for (const cls of ['[a-c]', '[^ab]', String.raw`[\s(]`, '[abcde]', '[\ud83d]']) {
      expect(sets(`ab${cls}cd`)).toEqual([[['ab'], ['cd']]]);
    }
  });

  it('should throw on source it cannot read', () => {
    expect(() => sets('(?<=a')).toThrow(SyntaxError);
    expect(() => sets('[abc')).toThrow(SyntaxError);
  });
});
