import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlternativeTally } from '../../../src/core/stance/alternative-tally.ts';

/** What the tally should answer, asked the slow way: every group of some alternative found. */
function expected(
  needs: readonly (readonly (readonly number[])[] | null)[],
  found: ReadonlySet<number>,
): boolean[] {
  return needs.map((alternatives) =>
    (alternatives ?? []).some((all) => all.every((g) => found.has(g))),
  );
}

describe('AlternativeTally', () => {
  it('should call an expression possible once one alternative has all its groups', () => {
    // Expression 0: groups 0 and 1, or group 2. Expression 1: group 3.
    const tally = new AlternativeTally([[[0, 1], [2]], [[3]]], 4);
    tally.tally(Int32Array.from([0, 3]), 2);
    expect([tally.possible(0), tally.possible(1)]).toEqual([false, true]);
    tally.tally(Int32Array.from([1, 0]), 2);
    expect([tally.possible(0), tally.met(0), tally.met(1), tally.possible(1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(tally.firstOf[1]).toBe(2);
  });

  it('should agree with asking every group, tally after tally', () => {
    const needsOf = (sizes: readonly (readonly number[])[]): number[][][] => {
      let g = 0;
      return sizes.map((alternatives) =>
        alternatives.map((n) => Array.from({ length: n }, () => g++)),
      );
    };
    const shape = fc.array(
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    fc.assert(
      fc.property(shape, fc.array(fc.array(fc.nat(20)), { maxLength: 4 }), (sizes, scans) => {
        const needs = needsOf(sizes);
        const groups = needs.flat(2).length;
        const tally = new AlternativeTally(needs, groups);
        for (const scan of scans) {
          const found = new Set(scan.filter((g) => g < groups));
          tally.tally(Int32Array.from(found), found.size);
          expect(needs.map((_, i) => tally.possible(i))).toEqual(expected(needs, found));
        }
      }),
    );
  });
});
