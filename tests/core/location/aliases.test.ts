import { describe, expect, it } from 'vitest';
import { matchAlias } from '../../../src/core/location/aliases.ts';
import { gazetteer } from '../../../src/core/location/gazetteer.ts';
import { normalizeKey } from '../../../src/core/location/normalize-key.ts';

describe('matchAlias', () => {
  it('should read city nicknames and airport codes', () => {
    expect(matchAlias(normalizeKey('NYC'))).toEqual({
      city: 'New York City',
      region: 'NY',
      country: 'US',
    });
    expect(matchAlias(normalizeKey('pdx'))?.city).toBe('Portland');
    expect(matchAlias(normalizeKey('L.A.'))?.city).toBe('Los Angeles');
  });

  it('should mark names that mean a city only before a state', () => {
    expect(matchAlias('new york')?.cityOnly).toBe(true);
  });

  it('should name foreign cities the way the gazetteer does where it has them', () => {
    const munich = matchAlias(normalizeKey('München'));
    expect(munich).toEqual({ city: 'Munich', region: null, country: 'DE' });
    const known = gazetteer().byKey.get('munich') ?? [];
    expect(known.some((p) => p.country === 'DE' && p.name === 'Munich')).toBe(true);
  });

  it('should give null for text that is no alias', () => {
    expect(matchAlias('hanging dry')).toBeNull();
  });
});
