import { describe, expect, it } from 'vitest';
import { headerShape } from '../../../src/core/parse/header-shape.ts';

describe('headerShape', () => {
  it('should split "Name (Place)" into name and location', () => {
    expect(headerShape('Casey Dorman (Newport Beach, CA)')).toEqual({
      name: 'Casey Dorman',
      location: 'Newport Beach, CA',
    });
  });

  it('should give a null location for empty brackets', () => {
    expect(headerShape('Frank ()')).toEqual({ name: 'Frank', location: null });
  });

  it('should refuse lines that only contain brackets mid-sentence or nest them', () => {
    expect(headerShape('Putin (master) and Trump (slave) must think so')).toBeNull();
    expect(headerShape('Name (Place (inner))')).toBeNull();
    expect(headerShape('(Place)')).toBeNull();
    expect(headerShape('Name(Place)')).toBeNull();
  });

  it('should refuse a line longer than any real header in one pass', () => {
    const line = `${'a('.repeat(500_000)} (x)`;
    const start = performance.now();
    expect(headerShape(line)).toBeNull();
    expect(performance.now() - start).toBeLessThan(500);
  });
});
