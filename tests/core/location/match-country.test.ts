import { describe, expect, it } from 'vitest';
import { countryName, matchCountry } from '../../../src/core/location/match-country.ts';
import { normalizeKey } from '../../../src/core/location/normalize-key.ts';

const code = (typed: string) => matchCountry(normalizeKey(typed))?.code ?? null;

describe('matchCountry', () => {
  it('should read the ways readers write the United States', () => {
    for (const typed of [
      'USA',
      'U.S.',
      'US',
      'U.S.A.',
      'United States',
      'America',
      'United States of America',
    ]) {
      expect(code(typed)).toBe('US');
    }
  });

  it('should read British names and keep the nation as a region', () => {
    expect(code('UK')).toBe('GB');
    expect(code('Great Britain')).toBe('GB');
    expect(matchCountry('england')).toEqual({ code: 'GB', region: 'England' });
  });

  it('should read native names and official names from the country data', () => {
    expect(code('Deutschland')).toBe('DE');
    expect(code('Schweiz')).toBe('CH');
    expect(code('Nederland')).toBe('NL');
    expect(code('Federal Republic of Germany')).toBe('DE');
  });

  it('should not take two-letter ISO codes that are US states', () => {
    expect(code('CA')).toBeNull();
    expect(code('DE')).toBeNull();
    expect(code('IN')).toBeNull();
  });

  it('should give the common English name for a code', () => {
    expect(countryName('US')).toBe('United States');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('CH')).toBe('Switzerland');
  });
});
