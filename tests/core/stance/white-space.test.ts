import { describe, expect, it } from 'vitest';
import { isRegExpSpace } from '../../../src/core/stance/white-space.ts';

describe('isRegExpSpace', () => {
  it('should agree with \\s and with trim on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      const ch = String.fromCharCode(c);
      const s = /\s/u.test(ch);
      if (isRegExpSpace(c) !== s || (ch.trim() === '') !== s) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
