import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameTokens, tokenSpans } from '../../../../src/core/replies/cues/name-tokens.ts';

/** The regular expression the scan replaced: the two must cut every text alike. */
const TOKEN =
  /[a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\uffff]+(?:['’][a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff]+)*/g;

function regexSpans(body: string): [number, number][] {
  return [...body.matchAll(TOKEN)].slice(0, 801).map((m) => [m.index, m.index + m[0].length]);
}

function scanSpans(body: string): [number, number][] {
  const starts: number[] = [];
  const ends: number[] = [];
  const count = tokenSpans(body, starts, ends);
  return starts.slice(0, count).map((s, k) => [s, ends[k] ?? -1]);
}

// The borders of both character classes, apostrophes, and characters the scan must step over.
const TRICKY = [
  'a',
  'Z',
  '0',
  '9',
  "'",
  '’',
  ' ',
  '.',
  '-',
  '\u00bf',
  '\u00c0',
  '\u00d7',
  '\u00f7',
  '\u00ff',
  '\u1fff',
  '\u2000',
  '\u2019',
  '\u206f',
  '\u2070',
  '\uffff',
  '\ud83d',
  '\ude00',
  'é',
  'ß',
  'İ',
];

describe('tokenSpans', () => {
  it('should cut the same tokens as the regular expression it replaced, on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }), (chars) => {
        const body = chars.join('');
        expect(scanSpans(body)).toEqual(regexSpans(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('should keep apostrophes only between a word and letters', () => {
    const body = "O'Neil's rock'n'roll don't9 ’tis it'";
    expect(scanSpans(body).map(([s, e]) => body.slice(s, e))).toEqual([
      "O'Neil's",
      "rock'n'roll",
      "don't",
      '9',
      'tis',
      'it',
    ]);
  });

  it('should stop after 801 tokens', () => {
    expect(scanSpans('ab '.repeat(2000))).toHaveLength(801);
  });
});

describe('nameTokens', () => {
  it('should give each token its folded form and surroundings', () => {
    const tokens = nameTokens("Vincent, you're wrong.");
    const first = tokens.at(0);
    const second = tokens.at(1);
    expect(first?.lower).toBe('vincent');
    expect(first?.after).toBe(', ');
    expect(first?.sentenceStart).toBe(true);
    expect(second?.text).toBe("you're");
    expect(second?.before).toBe(', ');
    expect(second?.sentenceStart).toBe(false);
  });

  it('should answer is(k, word) as comparing lower(k) with the word does, on any text', () => {
    const words = ['vincent', 'i̇stanbul', 'éa', "o'neil", 'ab', 'a', '9', 'ǆ', 'ß'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TRICKY, 'İ', 'Ǆ', 'ǅ', 'É', 'V', 'incent', 's'), {
          maxLength: 30,
        }),
        fc.constantFrom(...words),
        (chars, word) => {
          const tokens = nameTokens(chars.join(''));
          for (let k = -1; k <= tokens.length; k++) {
            expect(tokens.is(k, word)).toBe(tokens.lower(k) === word);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('should give nothing outside its tokens', () => {
    const tokens = nameTokens('Fine, Deb.');
    expect([tokens.at(-1), tokens.at(2), tokens.lower(2)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('should list the tokens folding to a word, in order, as asking is(k, word) of each does', () => {
    const tokens = nameTokens("Deb, Deb’s point: ask deb. Debs? DEB's");
    expect(tokens.positions('deb')).toEqual([0, 1, 4, 6]);
    expect(tokens.positions('deb')).toEqual([0, 1, 4, 6]);
    expect(tokens.positions('gordon')).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TRICKY, 'V', 'incent', 's'), { maxLength: 30 }),
        fc.constantFrom('vincent', 'a', 'ab', 's', '9'),
        (chars, word) => {
          const tokens = nameTokens(chars.join(''));
          const expected: number[] = [];
          for (let k = 0; k < tokens.length; k++) if (tokens.is(k, word)) expected.push(k);
          expect(tokens.positions(word)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('should tell a word set off by a comma before and a pause after, as its surroundings read', () => {
    const tokens = nameTokens('That explains it,  dave, and it went to Maple, Dave. Dave said so');
    const setOff = Array.from({ length: tokens.length }, (_, k) => k).filter((k) =>
      tokens.setOff(k),
    );
    expect(setOff.map((k) => tokens.lower(k))).toEqual(['dave', 'dave']);
    // The same answer as the token's own before/after text, on any mix of commas and stops.
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', ',', ' ', '.', '?', '\n', ';'), { maxLength: 24 }),
        (chars) => {
          const t = nameTokens(chars.join(''));
          for (let k = 0; k < t.length; k++) {
            const tok = t.at(k);
            const expected =
              k > 0 && /,\s*$/u.test(tok?.before ?? '') && /^[,.!?]/u.test(tok?.after ?? '');
            expect(t.setOff(k)).toBe(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
