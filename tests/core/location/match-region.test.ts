import { describe, expect, it } from 'vitest';
import { matchRegion, regionByCode, REGIONS } from '../../../src/core/location/match-region.ts';
import { normalizeKey } from '../../../src/core/location/normalize-key.ts';

const name = (typed: string, strict = true) =>
  matchRegion(typed, normalizeKey(typed), strict)?.name ?? null;

describe('matchRegion', () => {
  it('should know every state, DC and the Canadian provinces by code and name', () => {
    expect(REGIONS.filter((r) => r.country === 'US')).toHaveLength(51);
    expect(REGIONS.filter((r) => r.country === 'CA')).toHaveLength(13);
    for (const r of REGIONS) {
      expect(name(r.code)).toBe(r.name);
      expect(name(r.name.toLowerCase())).toBe(r.name);
    }
  });

  it('should read AP-style abbreviations with or without their dot', () => {
    expect(name('Calif.')).toBe('California');
    expect(name('calif')).toBe('California');
    expect(name('Mass.')).toBe('Massachusetts');
    expect(name('W.Va.')).toBe('West Virginia');
    expect(name('B.C.')).toBe('British Columbia');
  });

  it('should take word-like codes alone only when written as codes', () => {
    expect(name('me')).toBeNull();
    expect(name('ME')).toBe('Maine');
    expect(name('Ill.')).toBe('Illinois');
    expect(name('ill')).toBeNull();
    expect(name('me', false)).toBe('Maine');
  });

  it('should find a region by postal code within its country', () => {
    expect(regionByCode('VT', 'US')?.name).toBe('Vermont');
    expect(regionByCode('QC', 'CA')?.name).toBe('Quebec');
    expect(regionByCode('QC', 'US')).toBeNull();
  });
});
