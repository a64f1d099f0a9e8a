import { describe, expect, it } from 'vitest';
import { writesAuthorName } from '../../../../src/core/replies/cues/writes-author-name.ts';
import { dumpOf } from '../support/dump-of.ts';

describe('writesAuthorName', () => {
  const dump = dumpOf(
    'Budget',
    ['Mike Brennan', 'The levy failed.'],
    ['ThreeCents', 'It did.'],
    ['Ann', 'Brennan is right, and so are the Cents people.'],
    ['Bo', 'mike had it.'],
  );

  it('should find the first word of any of the author’s name variants, written as a name', () => {
    expect(writesAuthorName(dump, 2, 0)).toBe(true);
    expect(writesAuthorName(dump, 2, 1)).toBe(true);
  });

  it('should not count a name word written in lower case mid-text, nor the reply’s own', () => {
    expect(writesAuthorName(dump, 3, 0)).toBe(true);
    expect(writesAuthorName(dump, 3, 1)).toBe(false);
    expect(writesAuthorName(dump, 0, 2)).toBe(false);
  });

  it('should answer as asking hasNameWord of each variant’s first word, whatever the order', () => {
    for (const i of [3, 0, 2, 1, 2]) {
      for (let j = 0; j < 4; j++) {
        const author = dump.comments[j]?.author ?? null;
        const firsts = author === null ? [] : dump.variantsOf(author).map((v) => v.words[0] ?? '');
        const expected = firsts.some((w) => dump.comments[i]?.hasNameWord(w) === true);
        expect(writesAuthorName(dump, i, j)).toBe(expected);
      }
    }
  });
});
