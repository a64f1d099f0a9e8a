import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { speaksToAll } from '../../../../src/core/replies/cues/speaks-to-all.ts';

const toAll = (body: string): boolean => speaksToAll(prepareComment('X', body));

describe('speaksToAll', () => {
  it('should recognise a question put to every reader', () => {
    expect(toAll('Honest question for everyone upset about the cost: what would you paint?')).toBe(
      true,
    );
    expect(toAll('How many of you have actually looked at the design?')).toBe(true);
  });

  it('should recognise every reader called on at the end of a sentence', () => {
    expect(toAll("Private companies do this cheaper. This isn't complicated, people.")).toBe(true);
  });

  it('should not take a word to one commenter, or people talked about, for every reader', () => {
    expect(toAll('How many trucks did the town run, Gus?')).toBe(false);
    expect(toAll('People coming in for chemo are not walking four blocks.')).toBe(false);
    expect(toAll('A question for the council, really: who pays?')).toBe(false);
  });
});
