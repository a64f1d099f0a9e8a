import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberCounts } from '../../../src/core/article/number-counts.ts';

describe('NumberCounts', () => {
  it('should count keys like a Map, through growth and colliding low bits', () => {
    // Keys 2^32 apart share their low 32 bits, the worst case for its slots.
    const key = fc.oneof(
      fc.nat({ max: 40 }).map((n) => n * 2 ** 32),
      fc.maxSafeNat(),
      fc.nat({ max: 20 }),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), (keys) => {
        const counts = new NumberCounts(2);
        const map = new Map<number, number>();
        for (const k of keys) {
          expect(counts.add(k)).toBe(map.get(k) ?? 0);
          map.set(k, (map.get(k) ?? 0) + 1);
        }
        for (const k of keys) expect(counts.get(k)).toBe(map.get(k));
        expect(counts.get(2 ** 53 - 2)).toBe(map.get(2 ** 53 - 2) ?? 0);
      }),
    );
  });

  it('should count 0 for a key never added', () => {
    const counts = new NumberCounts();
    counts.add(7);
    expect(counts.get(8)).toBe(0);
    expect(counts.get(7)).toBe(1);
  });
});
