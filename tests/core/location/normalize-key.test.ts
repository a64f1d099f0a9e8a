import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../src/core/location/normalize-key.ts';

describe('normalizeKey', () => {
  it('should drop dots so dotted and bare abbreviations meet', () => {
    expect(normalizeKey('N.Y.')).toBe(normalizeKey('NY'));
    expect(normalizeKey('Wash. D.C.')).toBe('wash dc');
  });

  it('should fold diacritics and letters NFKD leaves whole', () => {
    expect(normalizeKey('München')).toBe('munchen');
    expect(normalizeKey('São Paulo')).toBe('sao paulo');
    expect(normalizeKey('Łódź')).toBe('lodz');
    expect(normalizeKey('Straße')).toBe('strasse');
  });

  it('should spell out saint, mount and fort abbreviations', () => {
    expect(normalizeKey('St. Louis')).toBe(normalizeKey('Saint Louis'));
    expect(normalizeKey('mt dora')).toBe(normalizeKey('Mount Dora'));
    expect(normalizeKey('Ft. Worth')).toBe('fort worth');
  });

  it('should drop a leading "the" but keep a lone one', () => {
    expect(normalizeKey('The Bronx')).toBe('bronx');
    expect(normalizeKey('the')).toBe('the');
  });

  it('should turn other punctuation into single spaces and "&" into "and"', () => {
    expect(normalizeKey('  san  francisco,,CA ')).toBe('san francisco ca');
    expect(normalizeKey('Texas A&M')).toBe('texas a and m');
    expect(normalizeKey('Winston-Salem')).toBe('winston salem');
  });

  it('should give the same key on the ASCII fast path as on the Unicode path', () => {
    // A trailing "é" forces the Unicode path; it must change nothing but that letter.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab .,'&-Z9"), maxLength: 20 }), (s) => {
        const slow = normalizeKey(`${s} é`);
        const fast = normalizeKey(`${s} e`);
        return slow === fast;
      }),
    );
  });
});
