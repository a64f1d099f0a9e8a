import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/location/gazetteer.ts';
import { rankPlaces } from '../../../src/core/location/rank-places.ts';

const place = (country: string, region: string | null, population: number): Place => ({
  name: 'X',
  country,
  region,
  population,
});
const states = new Map([
  ['CA', 30_000],
  ['TX', 20_000],
]);

describe('rankPlaces', () => {
  it('should prefer a US place unless the foreign one is over three times bigger', () => {
    const cambridgeMa = place('US', 'MA', 105);
    expect(rankPlaces([place('GB', null, 128), cambridgeMa], states)).toBe(cambridgeMa);
    const paris = place('FR', null, 2138);
    expect(rankPlaces([place('US', 'TX', 25), paris], states)).toBe(paris);
    const vancouverBc = place('CA', 'BC', 600);
    expect(rankPlaces([place('US', 'WA', 161), vancouverBc], states)).toBe(vancouverBc);
  });

  it('should break a near tie between US places by the bigger state', () => {
    const pasadenaCa = place('US', 'CA', 142);
    expect(rankPlaces([place('US', 'TX', 154), pasadenaCa], states)).toBe(pasadenaCa);
  });

  it('should keep the bigger US place when the gap is real', () => {
    const big = place('US', 'TX', 300);
    expect(rankPlaces([big, place('US', 'CA', 142)], states)).toBe(big);
  });

  it('should give null for no places', () => {
    expect(rankPlaces([], states)).toBeNull();
  });
});
