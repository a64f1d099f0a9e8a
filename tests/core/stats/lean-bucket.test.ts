import { describe, expect, it } from 'vitest';
import { leanBucket, leanOf } from '../../../src/core/stats/lean-bucket.ts';

const mix = (support: number, oppose: number, neutral: number) => ({ support, oppose, neutral });

describe('leanBucket', () => {
  it('should put mirror-image mixes in mirror classes', () => {
    const cases: Array<[number, number]> = [
      [1, 0],
      [2, 1],
      [3, 1],
      [1, 1],
      [1, 2],
      [1, 5],
      [0, 1],
      [1, 6],
    ];
    const mirror = { 'mostly-support': 'mostly-oppose', 'leans-support': 'leans-oppose' } as const;
    for (const [a, n] of cases) {
      const up = leanBucket(mix(a, 0, n));
      const down = leanBucket(mix(0, a, n));
      expect(down, `${a}/${n}`).toBe(up === 'mixed' ? 'mixed' : mirror[up as keyof typeof mirror]);
    }
  });

  it('should call one support and one neutral the same strength as one oppose and one neutral', () => {
    expect(leanBucket(mix(1, 0, 1))).toBe('leans-support');
    expect(leanBucket(mix(0, 1, 1))).toBe('leans-oppose');
  });

  it('should call a clear majority "mostly" in both directions', () => {
    expect(leanBucket(mix(3, 0, 1))).toBe('mostly-support');
    expect(leanBucket(mix(0, 3, 1))).toBe('mostly-oppose');
    expect(leanBucket(mix(1, 0, 0))).toBe('mostly-support');
    expect(leanBucket(mix(0, 1, 0))).toBe('mostly-oppose');
  });

  it('should call an even or near-even mix "mixed"', () => {
    expect(leanBucket(mix(2, 2, 0))).toBe('mixed');
    expect(leanBucket(mix(0, 0, 4))).toBe('mixed');
    expect(leanBucket(mix(1, 0, 9))).toBe('mixed');
    expect(leanBucket(mix(0, 1, 9))).toBe('mixed');
  });

  it('should say "none" when there are no comments', () => {
    expect(leanBucket(null)).toBe('none');
    expect(leanBucket(mix(0, 0, 0))).toBe('none');
  });
});

describe('leanOf', () => {
  it('should be the net share of support over all comments, signed', () => {
    expect(leanOf(mix(3, 1, 0))).toBe(0.5);
    expect(leanOf(mix(1, 3, 0))).toBe(-0.5);
    expect(leanOf(mix(0, 0, 0))).toBe(0);
  });
});
