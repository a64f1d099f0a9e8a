import { describe, expect, it } from 'vitest';
import { localName } from '../../../src/core/location/local-name.ts';
import { normalizeLocation } from '../../../src/core/location/normalize-location.ts';

describe('localName', () => {
  it('should tell a name made only of direction and landform words', () => {
    expect(localName('north shore')).toBe(true);
    expect(localName('the valley')).toBe(true);
    expect(localName('west end')).toBe(true);
    expect(localName('auckland')).toBe(false);
    expect(localName('north carolina')).toBe(false);
    expect(localName('')).toBe(false);
  });

  it('should keep a bare part of town from being read as the city abroad of that name', () => {
    expect(normalizeLocation('North Shore')).toMatchObject({ city: null, country: null });
    expect(normalizeLocation('Springs')).toMatchObject({ city: null, country: null });
  });

  it('should still read the place when the reader names where it is', () => {
    expect(normalizeLocation('North Shore, New Zealand')).toMatchObject({
      city: 'North Shore',
      country: 'New Zealand',
    });
    expect(normalizeLocation('Riverside')).toMatchObject({ region: 'California' });
    expect(normalizeLocation('North Carolina')).toMatchObject({ region: 'North Carolina' });
  });
});
