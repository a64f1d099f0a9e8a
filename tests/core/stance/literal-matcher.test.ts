import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralMatcher } from '../../../src/core/stance/literal-matcher.ts';

describe('LiteralMatcher', () => {
  it('should report each group one of whose literals occurs, overlapping or nested', () => {
    const m = new LiteralMatcher([['she', 'hers'], ['he'], ['his'], null, ['ushe']]);
    expect([...m.scan('ushers')]).toEqual([1, 1, 0, 1, 1]);
    expect([...m.scan('this')]).toEqual([0, 0, 1, 1, 0]);
    expect([...m.scan('')]).toEqual([0, 0, 0, 1, 0]);
  });

  it('should restart after a character no literal contains, non-ASCII included', () => {
    const m = new LiteralMatcher([['deal'], ['de-al']]);
    expect([...m.scan('de\u00e9al de-al')]).toEqual([0, 1]);
    expect([...m.scan('idéal deal')]).toEqual([1, 0]);
  });

  it('should refuse a non-ASCII literal', () => {
    expect(() => new LiteralMatcher([['détente']])).toThrow(RangeError);
  });

  it('should agree with includes on random literals and texts', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', ' '),
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
        word,
        (groups, text) => {
          const hits = new LiteralMatcher(groups).scan(text.repeat(3));
          groups.forEach((g, i) => {
            expect(hits[i]).toBe(g.some((l) => text.repeat(3).includes(l)) ? 1 : 0);
          });
        },
      ),
    );
  });
});
