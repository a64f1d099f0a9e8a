import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRange } from '../../../src/shared/tasks/split-range.ts';

describe('splitRange', () => {
  it('should cut a run of positions at the lists’ ends, skipping empty lists', () => {
    expect(splitRange([3, 0, 4], 1, 6)).toEqual([
      { list: 0, from: 1, to: 3 },
      { list: 2, from: 0, to: 3 },
    ]);
    expect(splitRange([3, 4], 3, 7)).toEqual([{ list: 1, from: 0, to: 4 }]);
    expect(splitRange([3, 4], 2, 2)).toEqual([]);
  });

  it('should give every position exactly once, in order, however the run is sliced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { maxLength: 6 }),
        fc.integer({ min: 1, max: 25 }),
        (lengths, slice) => {
          const total = lengths.reduce((n, l) => n + l, 0);
          const seen: string[] = [];
          for (let from = 0; from < total; from += slice)
            for (const r of splitRange(lengths, from, Math.min(total, from + slice)))
              for (let at = r.from; at < r.to; at += 1) seen.push(`${r.list}:${at}`);
          const all = lengths.flatMap((l, list) =>
            Array.from({ length: l }, (_, at) => `${list}:${at}`),
          );
          expect(seen).toEqual(all);
        },
      ),
    );
  });
});
