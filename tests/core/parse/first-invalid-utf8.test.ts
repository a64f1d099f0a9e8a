import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../src/core/parse/first-invalid-utf8.ts';

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('firstInvalidUtf8', () => {
  it('should agree with TextDecoder on arbitrary bytes, and the prefix before the offset should decode', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        expect(at === -1).toBe(decodes(bytes));
        if (at !== -1) expect(decodes(bytes.subarray(0, at))).toBe(true);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('should accept any valid text, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(firstInvalidUtf8(new TextEncoder().encode(s))).toBe(-1);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('should point at overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});
