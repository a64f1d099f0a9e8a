import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTextHasher,
  cyrb53,
  hashHex,
  textHash,
} from '../../../src/core/article/text-hash.ts';

describe('textHash', () => {
  it('should keep the hash every saved parse, label and link was keyed by', () => {
    // Caches, readers' labels and comment ids in links are keyed by these values.
    expect(textHash('Mary (Atlanta)\nhello')).toBe('024d96f6b0a426');
    expect(cyrb53(['Ann', '\u0000', 'x'], 7)).toBe(963074770543481);
  });

  it('should give the same 14-hex-digit hash for the same text', () => {
    expect(textHash('Mary (Atlanta)\nhello')).toBe(textHash('Mary (Atlanta)\nhello'));
    expect(textHash('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('should change when one character of a long text changes', () => {
    const text = 'comment body '.repeat(10_000);
    const edited = `${text.slice(0, 60_000)}X${text.slice(60_001)}`;
    expect(textHash(edited)).not.toBe(textHash(text));
  });

  it('should give distinct hashes to 10,000 distinct short texts', () => {
    const hashes = new Set(Array.from({ length: 10_000 }, (_, i) => textHash(`dump ${i}`)));
    expect(hashes.size).toBe(10_000);
  });

  it('should hash parts exactly as the joined text, so ids need not build it', () => {
    expect(cyrb53(['Ann', '\u0000', 'a body'])).toBe(cyrb53('Ann\u0000a body'));
    expect(cyrb53(['', ''])).toBe(cyrb53(''));
    expect(cyrb53(['ab', 'c'])).not.toBe(cyrb53(['ab', 'd']));
  });

  it('should hash a text fed in ranges exactly as the whole text (the page hashes in slices)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.nat()), (text, cuts) => {
        const bounds = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const hasher = createTextHasher();
        let from = 0;
        for (const to of [...bounds, text.length]) {
          hasher.update(text, from, to);
          from = to;
        }
        expect(hasher.value()).toBe(cyrb53(text));
      }),
    );
  });

  it('should give textHash the digits of cyrb53 with seed 0, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(textHash(text)).toBe(hashHex(cyrb53(text)));
      }),
    );
  });

  it('should hash after reset exactly as a new hasher with the same seed', () => {
    const hasher = createTextHasher(7);
    hasher.update('left over');
    hasher.reset();
    hasher.update('Ann');
    expect(hasher.value()).toBe(cyrb53('Ann', 7));
  });
});
