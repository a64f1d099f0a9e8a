import { describe, expect, it } from 'vitest';
import {
  createLocationFacetCounter,
  locationMatches,
  UNKNOWN_LOC,
} from '../../../src/core/location/location-facets.ts';
import type { NormalizedLocation } from '../../../src/core/types.ts';

const place = (
  city: string | null,
  region: string | null,
  country: string | null,
): NormalizedLocation => ({
  raw: 'x',
  city,
  region,
  country,
});

describe('locationMatches', () => {
  const pasadena = place('Pasadena', 'California', 'United States');

  it('should match the country, region or city case-insensitively', () => {
    expect(locationMatches(pasadena, 'california')).toBe(true);
    expect(locationMatches(pasadena, 'united states')).toBe(true);
    expect(locationMatches(pasadena, 'pasadena')).toBe(true);
    expect(locationMatches(pasadena, 'texas')).toBe(false);
  });

  it('should put a missing or unresolved location in the unknown bucket', () => {
    expect(locationMatches(null, UNKNOWN_LOC)).toBe(true);
    expect(locationMatches(place(null, null, null), UNKNOWN_LOC)).toBe(true);
    expect(locationMatches(pasadena, UNKNOWN_LOC)).toBe(false);
  });
});

describe('createLocationFacetCounter', () => {
  it('should build a country → region → city tree with counts, largest first', () => {
    const counter = createLocationFacetCounter();
    counter.add(place('Pasadena', 'California', 'United States'));
    counter.add(place('San Francisco', 'California', 'United States'));
    counter.add(place(null, 'Vermont', 'United States'));
    counter.add(place('Berlin', null, 'Germany'));
    counter.add(null);
    counter.add(place(null, null, null));
    const { places, unknown } = counter.result();
    expect(unknown).toBe(2);
    expect(places.map((p) => [p.name, p.count])).toEqual([
      ['United States', 3],
      ['Germany', 1],
    ]);
    const us = places[0];
    expect(us?.children.map((r) => [r.name, r.level, r.count])).toEqual([
      ['California', 'region', 2],
      ['Vermont', 'region', 1],
    ]);
    expect(us?.children[0]?.children.map((c) => c.name)).toEqual(['Pasadena', 'San Francisco']);
    // A city with no region hangs straight under its country.
    expect(places[1]?.children.map((c) => [c.name, c.level])).toEqual([['Berlin', 'city']]);
  });
});
