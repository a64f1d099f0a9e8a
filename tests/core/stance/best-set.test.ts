import { describe, expect, it } from 'vitest';
import { bestSet, shortest } from '../../../src/core/stance/best-set.ts';

describe('bestSet', () => {
  it('should choose the set whose shortest literal is longest', () => {
    expect(bestSet([['a', 'long'], ['mid', 'middle'], ['x']])).toEqual(['mid', 'middle']);
    expect(bestSet([])).toBeNull();
    expect(shortest(['abc', 'de'])).toBe(2);
  });
});
