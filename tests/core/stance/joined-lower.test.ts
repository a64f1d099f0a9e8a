import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedLower } from '../../../src/core/stance/joined-lower.ts';
import { normalizeLower, splitMarkedAt } from '../../../src/core/stance/split-sentences.ts';
import { vocabularyIds } from '../../../src/core/stance/vocabulary.ts';

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
