import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordEdgeCode } from '../../../src/core/text/char-codes.ts';
import {
  normalizeLower,
  splitMarked,
  splitMarkedAt,
} from '../../../src/core/stance/split-sentences.ts';
import { scanLine, type LineSentence } from '../../../src/core/stance/scan-line.ts';
import { vocabularyIds, wordInfo } from '../../../src/core/stance/vocabulary.ts';

// Characters around which tokens and words are cut: spaces, end marks, typographic quotes and
// apostrophes, a character that lowercases longer ("İ"), a surrogate pair, odd inner punctuation.
const TRICKY = [
  'peace',
  'talks',
  'u.s',
  'sham/farce',
  "won't",
  'don’t',
  'a',
  'İ',
  '😀',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '.',
  '!',
  '?',
  '…',
  '"',
  '“',
  '—',
  '(',
  ')',
  ',',
  'Putin',
];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((p) => p.join(''));

/** The splitter's former word rule: `split(' ')` tokens, punctuation runs trimmed, one letter dropped. */
function tokenWords(line: string): string[] {
  const words: string[] = [];
  for (const token of line.split(' ')) {
    let a = 0;
    let b = token.length;
    while (a < b && !isWordEdgeCode(token.charCodeAt(a))) a += 1;
    while (b > a && !isWordEdgeCode(token.charCodeAt(b - 1))) b -= 1;
    if (b - a > 1) words.push(token.slice(a, b));
  }
  return words;
}

function sentencesOf(line: string): LineSentence[] {
  const out: LineSentence[] = [];
  scanLine(line, 0, line.length, vocabularyIds(), (s) => out.push({ ...s }));
  return out;
}

describe('scanLine', () => {
  it('should end a sentence after a token ending in . ! ? or … and at the line end', () => {
    const line = 'peace talks. (really?) yes… no';
    // "(really?)" ends in a parenthesis: no end mark closes it.
    expect(sentencesOf(line).map((s) => line.slice(s.start, s.end))).toEqual([
      'peace talks.',
      '(really?) yes…',
      'no',
    ]);
  });

  it('should count the words the former split-and-trim rule found, and give each its id', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const line = normalizeLower(text).replace(/[\t\n\u00a0]/gu, ' ');
        const found = sentencesOf(line);
        const words = found.flatMap((s) => s.ids.map((id) => vocabularyIds().words[id]));
        expect(words).toEqual(tokenWords(line));
        expect(found.reduce((n, s) => n + s.wordCount, 0)).toBe(words.length);
      }),
    );
  });
});

describe('splitMarkedAt', () => {
  it('should mark sentences exactly as splitMarked with wordInfo does', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const plain = (s: ReturnType<typeof splitMarked>[number]) => ({
          text: s.text,
          lower: s.lower,
          words: s.words,
          wordCount: s.wordCount,
          flags: s.flags,
          cues: s.cues,
          known: s.known,
        });
        expect(splitMarkedAt(text, vocabularyIds()).map(plain)).toEqual(
          splitMarked(text, wordInfo).map(plain),
        );
      }),
    );
  });
});
