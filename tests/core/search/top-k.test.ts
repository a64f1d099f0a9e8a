import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/core/search/top-k.ts';

describe('topK', () => {
  it('should give the first k of a full sort, ties broken the same way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.nat({ max: 30 }),
        (scores, k) => {
          const hits = Int32Array.from(scores.keys());
          const order = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
          const full = [...hits].sort(order).slice(0, k);
          expect([...topK(hits, k, order)]).toEqual(full);
        },
      ),
    );
  });
});
