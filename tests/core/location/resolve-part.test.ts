import { describe, expect, it } from 'vitest';
import { resolvePart, type PartContext } from '../../../src/core/location/resolve-part.ts';

const alone: PartContext = { country: null, region: null, citySlot: false, strict: true };
const inState = (region: string): PartContext => ({
  country: 'US',
  region,
  citySlot: true,
  strict: false,
});

describe('resolvePart', () => {
  it('should prefer a state to a country of the same name', () => {
    expect(resolvePart('Georgia', alone, true)).toEqual({
      city: null,
      region: { name: 'Georgia', code: 'GA' },
      country: 'US',
    });
  });

  it('should look a city up only within the state already known', () => {
    expect(resolvePart('Portland', inState('ME'), true)?.region?.code).toBe('ME');
    expect(resolvePart('Pasadena', inState('TX'), true)?.region?.code).toBe('TX');
  });

  it('should read "New York" as the city only in the city slot', () => {
    expect(resolvePart('New York', inState('NY'), true)?.city).toBe('New York City');
    expect(resolvePart('New York', alone, true)?.city).toBeNull();
  });

  it('should drop the city when a direction qualifies it', () => {
    expect(resolvePart('West Philly', alone, true)).toMatchObject({ city: null, country: 'US' });
    expect(resolvePart('Greater Boston', alone, true)?.city).toBe('Boston');
  });

  it('should correct typos only when asked to', () => {
    expect(resolvePart('Cincinatti', alone, false)).toBeNull();
    expect(resolvePart('Cincinatti', alone, true)?.city).toBe('Cincinnati');
  });
});
