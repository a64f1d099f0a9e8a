import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  joinedLower,
  normalizeLower,
  splitMarkedAt,
  splitSentences,
  someWordOf,
  wordsOf,
} from '../../../src/core/stance/split-sentences.ts';
import { vocabularyIds } from '../../../src/core/stance/vocabulary.ts';

describe('splitSentences', () => {
  it('should split sentences at end marks and line breaks and lowercase them with plain apostrophes', () => {
    const s = splitSentences('Don’t trust him! Really?\nNew line… end');
    expect(s.map((x) => x.text)).toEqual(['Don’t trust him!', 'Really?', 'New line…', 'end']);
    expect(s[0]?.lower).toBe("don't trust him!");
  });

  it('should give each sentence its lowercase words, and the OR of their flags when asked', () => {
    const flags = (w: string) => (w === 'talks' ? 1 : w === 'peace' ? 2 : 0);
    const s = splitSentences('The TALKS went well.\tPeace, at last!  Next\r\nline', flags);
    expect(s.map((x) => x.words)).toEqual([
      ['the', 'talks', 'went', 'well'],
      ['peace', 'at', 'last'],
      ['next'],
      ['line'],
    ]);
    expect(s.map((x) => x.flags)).toEqual([1, 2, 0, 0]);
  });

  it('should keep offsets right when lowercasing changes the length of the text', () => {
    const s = splitSentences('İstanbul talks. Good.');
    expect(s.map((x) => x.text)).toEqual(['İstanbul talks.', 'Good.']);
    expect(s[0]?.words).toContain('talks');
  });

  it('should strip punctuation runs around words, keep inner apostrophes and drop one-letter tokens', () => {
    expect(wordsOf('"Reset" (puppet), isn’t it — a GREAT… idea?!')).toEqual([
      'Reset',
      'puppet',
      "isn't",
      'it',
      'GREAT',
      'idea',
    ]);
  });

  it('should ask a word test in order and stop at the first word it holds for', () => {
    const asked: string[] = [];
    const hit = someWordOf('"Reset" (puppet), isn’t it?', (w) => (asked.push(w), w === 'puppet'));
    expect(hit).toBe(true);
    expect(asked).toEqual(['Reset', 'puppet']);
    expect(someWordOf('a b c', () => true)).toBe(false);
  });
});

describe('joinedLower', () => {
  const join = (text: string): string[] => {
    const lower = normalizeLower(text);
    const sentences = splitMarkedAt(text, vocabularyIds(), lower);
    return [joinedLower(sentences, text, lower), sentences.map((s) => s.lower).join(' ')];
  };

  it('should give the lowercase text itself when it is single-spaced, and the join otherwise', () => {
    const [fast, joined] = join('Talks Resumed. Good! Really?');
    expect(fast).toBe(joined);
    expect(fast).toBe('talks resumed. good! really?');
    expect(join('Talks.  Good!\nNext ')).toEqual(['talks. good! next', 'talks. good! next']);
  });

  it('should equal the sentences joined by single spaces on any text', () => {
    const unit = fc.constantFrom(
      ...[
        'a',
        'B',
        ' ',
        ' ',
        '.',
        '!',
        '?',
        '…',
        '\n',
        '\t',
        '\u00a0',
        '\u2028',
        '\ufeff',
        '’',
        'İ',
      ],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const [fast, joined] = join(text);
        expect(fast).toBe(joined);
      }),
      { numRuns: 2000 },
    );
  });
});

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
