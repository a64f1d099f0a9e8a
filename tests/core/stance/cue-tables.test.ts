import { describe, expect, it } from 'vitest';
import { CUE_TABLES } from '../../../src/core/stance/cue-tables.ts';

describe('CUE_TABLES', () => {
  it('should give every cue a side, with a weight of at most 2 score units', () => {
    expect(CUE_TABLES.length).toBeGreaterThan(0);
    for (const c of CUE_TABLES) {
      expect(c.weight, c.cue).not.toBe(0);
      expect(Math.abs(c.weight), c.cue).toBeLessThanOrEqual(2);
    }
  });
});
