import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMarkedAt } from '../../../src/core/stance/split-sentences.ts';
import { vocabularyIds } from '../../../src/core/stance/vocabulary.ts';
import { wordsOf } from '../../../src/core/stance/words-of.ts';

describe('Sentence.knownWord', () => {
  it('should give each known word and the word after it as the cut words do', () => {
    const unit = fc.constantFrom(
      ...['talks ', 'peace ', 'putin ', 'about ', 'shook ', 'hands', 'a ', '"', '.', ' ', '\t'],
      ...['Trump ', 'x', '’', 'İ', '—', '\n'],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        for (const s of splitMarkedAt(text, vocabularyIds())) {
          // Asked before the words are cut, then after: the same answers.
          const ask = () =>
            Array.from({ length: s.known.length / 4 }, (_, k) => [
              s.knownWord(k),
              s.wordAfterKnown(k),
            ]);
          const before = ask();
          const expected = Array.from({ length: s.known.length / 4 }, (_, k) => {
            const i = s.known[4 * k] as number;
            return [s.words[i], s.words[i + 1]];
          });
          expect(before).toEqual(expected);
          expect(ask()).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Sentence.casedWords', () => {
  it('should give the words as the sentence writes them, case and edges as wordsOf cuts them', () => {
    const unit = fc.constantFrom(
      ...['Talks ', 'PEACE ', 'putin ', '"Deal" ', 'it’s ', 'a ', '.', ' ', '\t', '\u00a0', '\n'],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        for (const s of splitMarkedAt(text, vocabularyIds())) {
          expect(s.casedWords()).toEqual(wordsOf(s.text));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
