import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casedWords } from '../../../src/core/stance/cased-words.ts';
import { splitMarkedAt } from '../../../src/core/stance/split-sentences.ts';
import { StanceWordIds } from '../../../src/core/stance/stance-word-ids.ts';
import { hashOf } from '../../../src/core/stance/word-table.ts';
import { wordsOf } from '../../../src/core/stance/words-of.ts';

// Pieces whose case, apostrophes, spaces and edges make the lowercase differ from the text.
const PIECES = [
  'peace',
  'Talks',
  'NEVER',
  'BUT',
  'U.S',
  "won't",
  'Don’t',
  '‘Deal’',
  'É',
  'İ',
  '😀',
  'a',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u2003',
  '\n',
  '.',
  '!',
  '?',
  '"',
  '“',
  '—',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

describe('casedWords', () => {
  it('should give every sentence the words wordsOf cuts from its text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const s of splitMarkedAt(t, new StanceWordIds(() => undefined))) {
          expect(s.casedWords()).toEqual(wordsOf(s.text));
        }
      }),
    );
  });

  it('should reuse the lowercase word where the text spells it so, and cut a capitalised one', () => {
    const table = new StanceWordIds(() => undefined);
    const source = 'Peace don’t stop';
    const basis = "peace don't stop";
    const ids = ['peace', "don't", 'stop'].map((w) => table.idAt(w, 0, w.length, hashOf(w)));
    const words = casedWords(source, basis, 0, source.length, ids, table);
    expect(words).toEqual(['Peace', "don't", 'stop']);
    expect(words?.[2]).toBe(table.words[ids[2] as number]);
  });

  it('should answer null where the text differs from its lowercase in another way', () => {
    const table = new StanceWordIds(() => undefined);
    const ids = [table.idOf('été')];
    expect(casedWords('Été', 'été', 0, 3, ids, table)).toBeNull();
    expect(casedWords('‘été', "'été", 0, 4, ids, table)).toBeNull();
  });
});
