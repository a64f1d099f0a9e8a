import { describe, expect, it } from 'vitest';
import {
  splitLocation,
  trailingSplits,
  typedCity,
} from '../../../src/core/location/split-location.ts';

describe('splitLocation', () => {
  it('should split comma-separated parts and drop empty ones', () => {
    expect(splitLocation('Austin, , Texas, USA')).toEqual({
      zip: null,
      alternatives: [['Austin', 'Texas', 'USA']],
    });
  });

  it('should take a ZIP or ZIP+4 code out of the text', () => {
    expect(splitLocation('Fort Lauderdale, FL 33315')).toEqual({
      zip: '33315',
      alternatives: [['Fort Lauderdale', 'FL']],
    });
    expect(splitLocation('98101-1234').zip).toBe('98101');
    expect(splitLocation('Call 555-123456').zip).toBeNull();
  });

  it('should give each slash-separated home its own reading', () => {
    expect(splitLocation('Pittsburgh/Cologne').alternatives).toEqual([['Pittsburgh'], ['Cologne']]);
  });
});

describe('trailingSplits', () => {
  it('should offer the last one to three words as the tail', () => {
    expect(trailingSplits('Spruce Pine NC')).toEqual([
      ['Spruce Pine', 'NC'],
      ['Spruce', 'Pine NC'],
    ]);
    expect(trailingSplits('Boston')).toEqual([]);
  });
});

describe('typedCity', () => {
  it('should title-case a name typed in lower case and keep any other casing', () => {
    expect(typedCity('santa cruz')).toBe('Santa Cruz');
    expect(typedCity('wilkes-barre')).toBe('Wilkes-Barre');
    expect(typedCity('McAllen')).toBe('McAllen');
  });

  it('should refuse sentences and numbers', () => {
    expect(typedCity('the woods are lovely and dark')).toBeNull();
    expect(typedCity('Apt 4B')).toBeNull();
    expect(typedCity('Somewhere in')).toBeNull();
  });
});
