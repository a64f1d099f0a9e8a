import { describe, expect, it } from 'vitest';
import { StemPool } from '../../../../src/core/replies/cues/stem-pool.ts';

/** A pool, and a way to add stems to it as the vocabulary does. */
function keptPool(): { pool: StemPool; add: (stem: string) => number } {
  const pool = new StemPool();
  return { pool, add: (stem) => pool.add(stem) };
}

describe('StemPool', () => {
  it('should keep every word and its stem as it grows, and after it is trimmed', () => {
    const { pool, add } = keptPool();
    const id = add('aqueduct');
    const other = add('dam');
    for (let k = 0; k < 3000; k++) pool.push(k, k % 2 === 0 ? id : other);
    pool.trim();
    expect(pool.length).toBe(3000);
    expect(pool.data.length).toBe(3000);
    expect([...pool.data.subarray(2998)]).toEqual([2998, 2999]);
    expect([pool.stemIdAt(2998), pool.stemIdAt(2999)]).toEqual([id, other]);
    expect(pool.stems[id]).toBe('aqueduct');
  });

  it('should answer for the stems of the comment last marked, as a set of them would', () => {
    const { pool, add } = keptPool();
    const [dam, lock, ferry] = ['dam', 'lock', 'ferry'].map(add);
    pool.push(0, dam ?? -1);
    pool.push(1, lock ?? -1);
    pool.push(2, ferry ?? -1);
    const first = pool.mark(0, 2);
    expect(['dam', 'lock', 'ferry', 'weir'].map((s) => first.has(s))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const second = pool.mark(2, 1);
    expect(['dam', 'lock', 'ferry'].map((s) => second.has(s))).toEqual([false, false, true]);
    // A stem added after marking is no comment's yet.
    add('weir');
    expect(pool.mark(1, 1).has('weir')).toBe(false);
    expect(pool.mark(1, 1).has('lock')).toBe(true);
  });
});
