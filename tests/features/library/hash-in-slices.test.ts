import { describe, expect, it } from 'vitest';
import { textHash } from '../../../src/core/article/text-hash.ts';
import { hashInSlices } from '../../../src/features/library/hash-in-slices.ts';

describe('hashInSlices', () => {
  it('should give textHash of the whole text, for texts shorter and longer than a slice', async () => {
    const long = 'Mary (Atlanta)\nsanctions and talks\n'.repeat(80_000);
    for (const text of ['', 'a', long, `${long}x`])
      expect(await hashInSlices(text)).toBe(textHash(text));
  });

  it('should let other tasks run while it hashes a long text', async () => {
    let ranBetween = false;
    setTimeout(() => (ranBetween = true), 0);
    const hashing = hashInSlices('x'.repeat(3 * (1 << 19)));
    expect(ranBetween).toBe(false);
    await hashing;
    expect(ranBetween).toBe(true);
  });
});
