import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralMatcher } from '../../../src/core/stance/literal-matcher.ts';

function found(m: LiteralMatcher, text: string, groups: number): number[] {
  m.scan(text);
  return Array.from({ length: groups }, (_, i) => (m.has(i) ? 1 : 0));
}

describe('LiteralMatcher', () => {
  it('should report each group one of whose literals occurs, overlapping or nested', () => {
    const m = new LiteralMatcher([['she', 'hers'], ['he'], ['his'], null, ['ushe']]);
    expect(found(m, 'ushers', 5)).toEqual([1, 1, 0, 1, 1]);
    expect(found(m, 'this', 5)).toEqual([0, 0, 1, 1, 0]);
    expect(found(m, '', 5)).toEqual([0, 0, 0, 1, 0]);
  });

  it('should restart after a character no literal contains, non-ASCII included', () => {
    const m = new LiteralMatcher([['deal'], ['de-al']]);
    expect(found(m, 'de\u00e9al de-al', 2)).toEqual([0, 1]);
    expect(found(m, 'idéal deal', 2)).toEqual([1, 0]);
  });

  it('should match non-ASCII literals', () => {
    const m = new LiteralMatcher([['détente'], ['naïve']]);
    expect(found(m, 'a détente, not naive', 2)).toEqual([1, 0]);
  });

  it('should agree with includes on random literals and texts, scan after scan', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', ' '),
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
        word,
        word,
        (groups, before, text) => {
          // A matcher reused: what the text before held must not show through.
          const m = new LiteralMatcher(groups);
          m.scan(before);
          const hits = found(m, text.repeat(3), groups.length);
          groups.forEach((g, i) => {
            expect(hits[i]).toBe(g.some((l) => text.repeat(3).includes(l)) ? 1 : 0);
          });
        },
      ),
    );
  });

  it('should find a literal at every place in the text, across its middle included', () => {
    const literal = 'abcdefg';
    const m = new LiteralMatcher([[literal], ['zz']]);
    for (let length = 0; length <= 40; length += 1) {
      for (let at = 0; at + literal.length <= length; at += 1) {
        const text = 'x'.repeat(at) + literal + 'x'.repeat(length - at - literal.length);
        expect(found(m, text, 2)).toEqual([1, 0]);
      }
      expect(found(m, 'x'.repeat(length), 2)).toEqual([0, 0]);
    }
  });

  it('should find a literal at every place in a text long enough for four cursors', () => {
    // Texts of six times the longest literal and more are read by four cursors whose parts meet
    // at three places: a literal across each seam, at the start and at the end must be found.
    const literal = 'abcdefg';
    const m = new LiteralMatcher([[literal], ['ab'], ['zz']]);
    for (const length of [42, 43, 44, 45, 61, 100]) {
      for (let at = 0; at + literal.length <= length; at += 1) {
        const text = 'x'.repeat(at) + literal + 'x'.repeat(length - at - literal.length);
        expect(found(m, text, 3)).toEqual([1, 1, 0]);
      }
      expect(found(m, 'x'.repeat(length), 3)).toEqual([0, 0, 0]);
    }
  });

  it('should agree with includes on long random texts and one-letter literals', () => {
    const m = new LiteralMatcher([['a'], ['b'], ['c'], ['ab'], ['ca']]);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x'), minLength: 0, maxLength: 80 }),
        (text) => {
          const expected = ['a', 'b', 'c', 'ab', 'ca'].map((l) => (text.includes(l) ? 1 : 0));
          expect(found(m, text, 5)).toEqual(expected);
        },
      ),
    );
  });

  it('should keep working past 65,535 states, where two-byte states no longer suffice', () => {
    // 8,000 literals of nine letters with distinct prefixes: about 70,000 trie states.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const literal = (n: number): string =>
      Array.from({ length: 9 }, (_, k) => letters[Math.floor(n / 26 ** (k % 3)) % 26]).join('') +
      String(n);
    const groups = [Array.from({ length: 8_000 }, (_, n) => literal(n)), ['needle']];
    const m = new LiteralMatcher(groups);
    m.scan(`hay ${literal(7_999)} hay`);
    expect(m.has(0)).toBe(true);
    expect(m.has(1)).toBe(false);
    m.scan('a needle here');
    expect([m.has(0), m.has(1)]).toEqual([false, true]);
  });

  it('should find every literal in texts where each step enters a reporting state', () => {
    // Texts longer than any before, every character a hit: the record of states entered grows.
    const m = new LiteralMatcher([['a'], ['ab'], ['b'], ['zz']]);
    for (const length of [10, 1_000, 1_025, 5_000, 20_011]) {
      expect(found(m, 'a'.repeat(length), 4)).toEqual([1, 0, 0, 0]);
      expect(found(m, `${'a'.repeat(length)}b`, 4)).toEqual([1, 1, 1, 0]);
      expect(found(m, `b${'a'.repeat(length)}`, 4)).toEqual([1, 0, 1, 0]);
    }
  });

  it('should tell apart literals of many distinct characters past ASCII', () => {
    // 300 characters, past what one byte a class could number.
    const wide = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x3400 + i));
    const m = new LiteralMatcher(wide.map((ch) => [`x${ch}`]));
    m.scan(`y${wide[299]} x${wide[7]} x${wide[256]}`);
    expect(Array.from(m.hits.subarray(0, m.hitCount)).sort((a, b) => a - b)).toEqual([7, 256]);
  });

  it('should list each group found once, and no null group, in hits', () => {
    const m = new LiteralMatcher([['war'], null, ['the', 'he'], ['peace']]);
    m.scan('the war, the war and the other war');
    expect(Array.from(m.hits.subarray(0, m.hitCount)).sort()).toEqual([0, 2]);
    m.scan('peace');
    expect(Array.from(m.hits.subarray(0, m.hitCount))).toEqual([3]);
  });
});
