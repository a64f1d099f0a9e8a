import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../../../src/core/location/resolve-location.ts';

const where = (raw: string) => {
  const { city, region, country } = resolveLocation(raw);
  return [city, region, country];
};

describe('resolveLocation', () => {
  it('should read parts right to left down to the city', () => {
    expect(where('Austin, Texas, USA')).toEqual(['Austin', 'Texas', 'United States']);
    expect(where('Manhattan, NYC')).toEqual(['Manhattan', 'New York', 'United States']);
  });

  it('should switch a state reading to the country when only the country has the city', () => {
    expect(where('Tbilisi, Georgia')).toEqual(['Tbilisi', null, 'Georgia']);
    expect(where('Atlanta, Georgia')).toEqual(['Atlanta', 'Georgia', 'United States']);
  });

  it('should split "City ST" without a comma but not a name that contains a state', () => {
    expect(where('Logan UT')).toEqual(['Logan', 'Utah', 'United States']);
    expect(where('Kansas City')).toEqual(['Kansas City', 'Missouri', 'United States']);
    expect(where('North Carolina')).toEqual([null, 'North Carolina', 'United States']);
  });

  it('should not keep an unknown head before a bare country', () => {
    expect(where('Middle America')).toEqual([null, null, null]);
    expect(where('Paris France')).toEqual(['Paris', null, 'France']);
  });

  it('should keep the state but not a description as the city', () => {
    expect(where('Somewhere in Texas')).toEqual([null, 'Texas', 'United States']);
    expect(where('Truth or Consequences, NM')).toEqual([
      'Truth or Consequences',
      'New Mexico',
      'United States',
    ]);
  });

  it('should read two-letter country codes after a city, states first', () => {
    expect(where('Wellington, NZ')).toEqual(['Wellington', null, 'New Zealand']);
    expect(where('Dover, DE')).toEqual(['Dover', 'Delaware', 'United States']);
    expect(where('Berlin, DE')).toEqual(['Berlin', null, 'Germany']);
  });

  it('should drop a whimsical last part and read what comes before', () => {
    expect(where('Texas, Earth')).toEqual([null, 'Texas', 'United States']);
    expect(where('Hanging Dry, Nowhereland')).toEqual([null, null, null]);
  });

  it('should take the second home when the first is not a place', () => {
    expect(where('Nowhere/Boston')).toEqual(['Boston', 'Massachusetts', 'United States']);
  });
});
