import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { mayHoldOne, stemBit, stemBits } from '../../../../src/core/replies/cues/stem-bit.ts';

describe('stemBit', () => {
  it('should give one bit of 32 for a stem, none for the empty one', () => {
    for (const s of ['aqueduct', 'leak', 'é', 'x']) {
      const bit = stemBit(s);
      expect(bit).not.toBe(0);
      expect(bit & (bit - 1)).toBe(0);
    }
    expect(stemBit('')).toBe(0);
  });

  it('should set in a comment’s stemBits every bit of its stems', () => {
    const c = prepareComment('A', 'The aqueduct leaks; reservoirs flood, aqueducts crack.');
    expect(c.stemBits).toBe(stemBits(c.stems));
    expect(stemBits(['aqueduct', 'flood']) & ~c.stemBits).toBe(0);
  });

  it('should rule a comment out only when it lacks a bit of every set of stems', () => {
    const c = prepareComment('A', 'The aqueduct leaks; reservoirs flood.');
    const held = stemBits(['aqueduct', 'flood']);
    const missing = stemBit('zzyzx') | stemBit('quixotic');
    expect(missing & ~c.stemBits).not.toBe(0);
    expect(mayHoldOne([missing, held], c.stemBits)).toBe(true);
    expect(mayHoldOne([missing], c.stemBits)).toBe(false);
    expect(mayHoldOne([], c.stemBits)).toBe(false);
  });
});
