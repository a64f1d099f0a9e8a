import { describe, expect, it } from 'vitest';
import { cyrb53, textHash } from '../../../src/core/article/text-hash.ts';

describe('textHash', () => {
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
});
