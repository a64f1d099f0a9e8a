import { describe, expect, it } from 'vitest';
import { StemPool } from '../../../../src/core/replies/cues/stem-pool.ts';

describe('StemPool', () => {
  it('should keep every triple as it grows, and after it is trimmed', () => {
    const pool = new StemPool();
    const id = pool.add('aqueduct');
    for (let k = 0; k < 1000; k++) pool.push(id, k, 4 * k + 3);
    pool.trim();
    expect(pool.length).toBe(3000);
    expect(pool.data.length).toBe(3000);
    expect([...pool.data.subarray(2997)]).toEqual([id, 999, 3999]);
    expect(pool.stems[id]).toBe('aqueduct');
  });
});
