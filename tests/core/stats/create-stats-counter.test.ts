import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statsOf } from '../../../src/core/stats/compute-stats.ts';
import { createStatsCounter } from '../../../src/core/stats/create-stats-counter.ts';
import type { StanceLabel } from '../../../src/core/types.ts';
import { makeArticle, type CommentSpec } from '../support/sample-articles.ts';

const LABELS: readonly StanceLabel[] = ['support', 'oppose', 'neutral'];
const PLACES = [
  undefined,
  { raw: 'Vt.', region: 'Vermont', country: 'United States' },
  { raw: 'U.S.', country: 'United States' },
  { raw: 'Berlin', city: 'Berlin', country: 'Germany' },
] as const;

/** `n` comments in chains and fans, with repeated authors, places and labels. */
const article = (slug: string, n: number) =>
  makeArticle(
    slug,
    Array.from({ length: n }, (_, i): CommentSpec => {
      const place = PLACES[i % PLACES.length];
      return {
        id: `c${i}`,
        ...(i % 3 === 0 ? {} : { parent: `c${i - (i % 3 === 1 ? 1 : 2)}` }),
        author: i % 5 === 0 ? null : `Person ${i % 4}`,
        ...(place === undefined ? {} : { place }),
        stance: LABELS[i % 3] ?? 'neutral',
      };
    }),
  );

const a = article('a', 23);
const b = article('b', 11);
const stanceOf = (key: string) => (key.endsWith('7') ? 'oppose' : 'support');

describe('createStatsCounter', () => {
  it('should count to the same stats as statsOf however the comments are cut into slices', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 33 }), { maxLength: 8 }), (cuts) => {
        const counter = createStatsCounter(null, stanceOf);
        // Positions 0 … 33 across a then b, cut where the property says.
        const ends = [...cuts.sort((x, y) => x - y), 34];
        let from = 0;
        for (const to of ends) {
          if (from < 23) counter.add(a, from, Math.min(to, 23));
          if (to > 23) counter.add(b, Math.max(0, from - 23), to - 23);
          from = to;
        }
        expect(counter.result()).toEqual(statsOf([a, b], null, stanceOf));
      }),
    );
  });

  it('should count only the comments it is given, and nothing twice when asked past the end', () => {
    const only = new Set(['a/c1', 'a/c2', 'b/c0']);
    const counter = createStatsCounter('a', stanceOf, only);
    counter.add(a, 0, 100);
    expect(counter.result()).toMatchObject({ slug: 'a', comments: 2 });
    counter.add(b, 0, 11);
    expect(counter.result().comments).toBe(3);
  });

  it('should give stats a later count does not change', () => {
    const counter = createStatsCounter(null, stanceOf);
    counter.add(a, 0, 10);
    const first = counter.result();
    const copy = structuredClone(first);
    counter.add(a, 10, 23);
    expect(first).toEqual(copy);
  });
});
