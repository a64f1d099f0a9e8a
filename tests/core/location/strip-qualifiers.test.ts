import { describe, expect, it } from 'vitest';
import { stripQualifiers } from '../../../src/core/location/strip-qualifiers.ts';

describe('stripQualifiers', () => {
  it('should drop leading directions and mark them', () => {
    expect(stripQualifiers('northern california')).toEqual({
      key: 'california',
      directional: true,
    });
    expect(stripQualifiers('upstate ny')).toEqual({ key: 'ny', directional: true });
  });

  it('should drop words that still mean the place itself', () => {
    expect(stripQualifiers('greater boston')).toEqual({ key: 'boston', directional: false });
    expect(stripQualifiers('boston area')).toEqual({ key: 'boston', directional: false });
  });

  it('should leave "middle" and single words alone', () => {
    expect(stripQualifiers('middle america')).toBeNull();
    expect(stripQualifiers('north')).toBeNull();
  });
});
